package dev.refract.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.RefractClient;
import dev.refract.schema.model.Provider;
import dev.refract.studio.HttpProbe.Answer;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint of Studio's API on each database, over real HTTP: what it answers, what it writes
 * (checked with JDBC), and that requests without the token, from a foreign Origin or Host, or with
 * malformed input are refused with a clear status and change nothing.
 */
class StudioApiTest {

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase {
        RefractClient client;
        Studio studio;
        HttpProbe probe;

        abstract TestDatabase db();

        abstract Provider provider();

        @BeforeAll
        void start() throws Exception {
            client = BlogFixture.create(db(), provider());
            studio = Studio.start(client, StudioOptions.defaults().withPort(0));
            probe = new HttpProbe(studio);
        }

        @AfterAll
        void stop() {
            studio.close();
            client.close();
        }

        /** Every row of every table, read with JDBC: equal snapshots mean nothing changed. */
        String snapshot() throws Exception {
            StringBuilder out = new StringBuilder();
            try (Connection c = db().open(); Statement s = c.createStatement()) {
                for (String table : List.of("User", "Post", "Category", "Profile", "_CategoryToPost")) {
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + BlogFixture.quote(db(), table) + " ORDER BY 1, 2")) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                out.append(rs.getString(i)).append('|');
                            }
                            out.append('\n');
                        }
                    }
                }
            }
            return out.toString();
        }

        List<Map<String, Object>> rows(Answer answer) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return (List<Map<String, Object>>) answer.json().get("rows");
        }

        @Test
        void thePageAndItsAssetsAreServedUnderAStrictContentPolicy() {
            Answer page = probe.getWith("/", null, null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(page.body()).contains("/assets/app.js").doesNotContain("http://", "https://");
            assertThat(probe.getWith("/assets/app.js", null, null).status()).isEqualTo(200);
            assertThat(probe.getWith("/assets/app.css", null, null).status()).isEqualTo(200);
            assertThat(probe.getWith("/etc/passwd", null, null).status()).isEqualTo(404);
            assertThat(studio.url().toString()).isEqualTo("http://127.0.0.1:" + studio.port() + "/?token=" + studio.token());
        }

        @Test
        void schemaDescribesModelsKeysFieldsRelationsAndEnums() {
            Map<String, Object> schema = probe.get("/api/schema").json();
            List<Map<String, Object>> models = (List<Map<String, Object>>) schema.get("models");
            assertThat(models).extracting(m -> m.get("name")).containsExactly("User", "Post", "Category", "Profile");
            Map<String, Object> user = models.get(0);
            assertThat(user.get("key")).isEqualTo(List.of("id"));
            Map<String, Map<String, Object>> fields = new java.util.LinkedHashMap<>();
            ((List<Map<String, Object>>) user.get("fields")).forEach(f -> fields.put((String) f.get("name"), f));
            assertThat(fields.get("email")).containsEntry("unique", true).containsEntry("required", true).containsEntry("type", "String");
            assertThat(fields.get("role")).containsEntry("kind", "enum").containsEntry("default", Map.of("value", "USER"));
            assertThat(fields.get("id")).containsEntry("default", Map.of("function", "autoincrement"));
            assertThat(fields.get("updatedAt")).containsEntry("updatedAt", true);
            assertThat(fields.get("posts")).containsEntry("kind", "relation").containsEntry("list", true)
                    .containsEntry("opposite", Map.of("name", "author", "list", false, "fields", List.of("authorId"), "references", List.of("id")));
            Map<String, Object> post = models.get(1);
            Map<String, Object> author = ((List<Map<String, Object>>) post.get("fields")).stream()
                    .filter(f -> f.get("name").equals("author")).findFirst().orElseThrow();
            assertThat(author).containsEntry("type", "User").containsEntry("fields", List.of("authorId")).containsEntry("references", List.of("id"));
            assertThat(schema.get("enums")).isEqualTo(Map.of("Role", List.of("USER", "ADMIN")));
        }

        @Test
        void modelsAreListedWithTheirRowCounts() throws Exception {
            List<Map<String, Object>> models = (List<Map<String, Object>>) probe.get("/api/models").json().get("models");
            assertThat(models).extracting(m -> m.get("name")).containsExactly("User", "Post", "Category", "Profile");
            for (Map<String, Object> m : models) {
                assertThat(((Number) m.get("count")).longValue()).as((String) m.get("name")).isEqualTo(BlogFixture.count(db(), (String) m.get("name")));
            }
        }

        @Test
        void rowsArePagedAndSortedOnTheServerWithTheTotal() {
            Answer answer = probe.post("/api/rows", Map.of("model", "Post", "where", Map.of("id", Map.of("lte", BlogFixture.POSTS)),
                    "orderBy", List.of(Map.of("field", "title", "direction", "desc")), "skip", 5, "take", 10));
            List<Map<String, Object>> rows = rows(answer);
            assertThat(answer.json().get("total")).isEqualTo(BlogFixture.POSTS);
            assertThat(rows).extracting(r -> r.get("title")).containsExactly("Post 25", "Post 24", "Post 23", "Post 22", "Post 21",
                    "Post 20", "Post 19", "Post 18", "Post 17", "Post 16");
            assertThat(rows.get(0)).containsEntry("createdAt", "2024-01-02T11:00:00Z").containsEntry("published", false);
        }

        @Test
        void rowsCarryListRelationCountsAndFollowFilters() throws Exception {
            Answer users = probe.post("/api/rows", Map.of("model", "User", "where", Map.of("id", Map.of("lte", 3)), "orderBy",
                    List.of(Map.of("field", "id", "direction", "asc"))));
            List<Map<String, Object>> rows = rows(users);
            assertThat(users.json().get("total")).isEqualTo(3);
            assertThat(rows.get(0).get("_count")).isEqualTo(Map.of("posts", ((Number) BlogFixture.scalar(db(),
                    "SELECT COUNT(*) FROM " + BlogFixture.quote(db(), "Post") + " WHERE " + BlogFixture.quote(db(), "authorId") + " = 1")).intValue()));
            assertThat(rows.get(2).get("name")).isNull();
            assertThat(rows.get(0).get("profile")).as("the back side of a one-to-one: its key").isEqualTo(Map.of("id", 1));
            assertThat(rows.get(1).get("profile")).isNull();
            Answer posts = probe.post("/api/rows", Map.of("model", "Post", "where", Map.of("categories", Map.of("some", Map.of("id", 1)))));
            assertThat(rows(posts)).extracting(r -> r.get("id")).containsExactlyInAnyOrder(1, 2);
        }

        @Test
        void aSaveRunsCreatesUpdatesAndDeletesTogether() throws Exception {
            Answer created = probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "create", "model", "Category", "data", Map.of("name", "gone-soon")))));
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            Object goneId = ((Map<String, Object>) ((List<Object>) created.json().get("results")).get(0)).get("id");
            Answer saved = probe.post("/api/save", Map.of("changes", List.of(
                    Map.of("kind", "create", "model", "Category", "data", Map.of("name", "saved-together")),
                    Map.of("kind", "update", "model", "Post", "key", Map.of("id", 7), "data", Map.of("title", "Edited in Studio", "published", true)),
                    Map.of("kind", "delete", "model", "Category", "key", Map.of("id", goneId)))));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat((List<Object>) saved.json().get("results")).hasSize(3);
            String post = "SELECT " + BlogFixture.quote(db(), "title") + " FROM " + BlogFixture.quote(db(), "Post") + " WHERE id = 7";
            assertThat(BlogFixture.scalar(db(), post)).isEqualTo("Edited in Studio");
            String category = "SELECT COUNT(*) FROM " + BlogFixture.quote(db(), "Category") + " WHERE name IN ('saved-together', 'gone-soon')";
            assertThat(((Number) BlogFixture.scalar(db(), category)).intValue()).isEqualTo(1);
        }

        @Test
        void aUniqueViolationNamesTheChangeInPlainWordsAndNothingIsHalfSaved() throws Exception {
            String before = snapshot();
            Answer answer = probe.post("/api/save", Map.of("changes", List.of(
                    Map.of("kind", "create", "model", "Category", "data", Map.of("name", "half-saved")),
                    Map.of("kind", "update", "model", "User", "key", Map.of("id", 2), "data", Map.of("email", "u01@blog.io")))));
            assertThat(answer.status()).as(answer.body()).isEqualTo(409);
            Map<String, Object> error = (Map<String, Object>) answer.json().get("error");
            assertThat(error).containsEntry("index", 1).containsEntry("code", "P2002").containsEntry("model", "User");
            assertThat((String) error.get("plain")).isEqualTo("Another User already has this field email. It must be unique: choose a different value.");
            assertThat(snapshot()).isEqualTo(before);
        }

        @Test
        void aForeignKeyViolationAndAMissingRecordAreRefusedInPlainWords() throws Exception {
            String before = snapshot();
            Answer fk = probe.post("/api/save", Map.of("changes", List.of(
                    Map.of("kind", "update", "model", "Post", "key", Map.of("id", 1), "data", Map.of("authorId", 999)))));
            assertThat(fk.status()).as(fk.body()).isEqualTo(409);
            assertThat(((Map<String, Object>) fk.json().get("error"))).containsEntry("code", "P2003")
                    .containsEntry("plain", "The field authorId does not point to an existing record. Use the key of a record that exists.");
            Answer referenced = probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "delete", "model", "User", "key", Map.of("id", 2)))));
            assertThat(referenced.status()).as(referenced.body()).isEqualTo(409);
            assertThat((String) ((Map<String, Object>) referenced.json().get("error")).get("plain")).startsWith("This User cannot be deleted: other records still refer to it");
            Answer missing = probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "delete", "model", "Post", "key", Map.of("id", 99999)))));
            assertThat(missing.status()).isEqualTo(409);
            assertThat(((Map<String, Object>) missing.json().get("error"))).containsEntry("code", "P2025");
            assertThat(snapshot()).isEqualTo(before);
        }

        @Test
        void requestsWithoutTheRightTokenAreRefusedAndChangeNothing() throws Exception {
            String before = snapshot();
            String save = HttpProbe.write(Map.of("changes", List.of(Map.of("kind", "delete", "model", "Post", "key", Map.of("id", 3)))));
            for (String token : new String[] {null, "", "wrong", probe.token() + "x"}) {
                assertThat(probe.getWith("/api/schema", token, null).status()).isEqualTo(401);
                assertThat(probe.getWith("/api/models", token, null).status()).isEqualTo(401);
                assertThat(probe.postRaw("/api/rows", "{\"model\":\"User\"}", token, null, "application/json").status()).isEqualTo(401);
                Answer refused = probe.postRaw("/api/save", save, token, null, "application/json");
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.errorMessage()).contains("token");
            }
            assertThat(snapshot()).isEqualTo(before);
        }

        @Test
        void aForeignOriginIsRefusedBeforeAnythingRuns() throws Exception {
            String before = snapshot();
            String save = HttpProbe.write(Map.of("changes", List.of(Map.of("kind", "delete", "model", "Post", "key", Map.of("id", 3)))));
            for (String origin : new String[] {"http://evil.example", "http://127.0.0.1:1", "https://127.0.0.1:" + studio.port(), "null"}) {
                Answer refused = probe.postRaw("/api/save", save, probe.token(), origin, "application/json");
                assertThat(refused.status()).as(origin).isEqualTo(403);
                assertThat(refused.errorMessage()).contains("origin");
                assertThat(probe.getWith("/api/schema", probe.token(), origin).status()).isEqualTo(403);
            }
            assertThat(snapshot()).isEqualTo(before);
            assertThat(probe.getWith("/api/models", probe.token(), "http://127.0.0.1:" + studio.port()).status()).isEqualTo(200);
            assertThat(probe.getWith("/api/models", probe.token(), "http://localhost:" + studio.port()).status()).isEqualTo(200);
        }

        @Test
        void aForeignHostIsRefusedAgainstDnsRebinding() throws Exception {
            String before = snapshot();
            String save = HttpProbe.write(Map.of("changes", List.of(Map.of("kind", "delete", "model", "Post", "key", Map.of("id", 3)))));
            int port = studio.port();
            assertThat(probe.statusWithHost("/api/schema", "evil.example:" + port, null)).isEqualTo(403);
            assertThat(probe.statusWithHost("/", "evil.example", null)).isEqualTo(403);
            assertThat(probe.statusWithHost("/api/save", "attacker.test:" + port, save)).isEqualTo(403);
            assertThat(probe.statusWithHost("/api/schema", "127.0.0.1:" + (port + 1), null)).isEqualTo(403);
            assertThat(snapshot()).isEqualTo(before);
            assertThat(probe.statusWithHost("/api/schema", "127.0.0.1:" + port, null)).isEqualTo(200);
            assertThat(probe.statusWithHost("/api/schema", "localhost:" + port, null)).isEqualTo(200);
        }

        @Test
        void malformedRequestsAreRefusedWithAClearStatusAndChangeNothing() throws Exception {
            String before = snapshot();
            String t = probe.token();
            assertBad(probe.postRaw("/api/save", "{not json", t, null, "application/json"), 400, "not valid JSON");
            assertBad(probe.postRaw("/api/save", "[1, 2]", t, null, "application/json"), 400, "must be a JSON object");
            assertBad(probe.postRaw("/api/save", "{\"changes\": []} trailing", t, null, "application/json"), 400, "not valid JSON");
            assertBad(probe.postRaw("/api/save", "{}", t, null, "text/plain"), 415, "application/json");
            assertBad(probe.post("/api/save", Map.of()), 400, "non-empty list");
            assertBad(probe.post("/api/save", Map.of("changes", "all")), 400, "must be a JSON array");
            assertBad(probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "drop", "model", "Post")))), 400, "kind must be");
            assertBad(probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "delete", "model", "Nope", "key", Map.of("id", 1))))), 400, "no model `Nope`");
            assertBad(probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "delete", "model", "Post")))), 400, "key must give id");
            assertBad(probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "update", "model", "Post", "key", Map.of("title", "x"), "data", Map.of("title", "y"))))), 400, "key must give id");
            assertBad(probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "update", "model", "Post", "key", Map.of("id", 1),
                    "data", Map.of("author", Map.of("connect", Map.of("id", 2))))))), 400, "`author` is not a scalar field");
            assertBad(probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "delete", "model", "Post", "key", Map.of("id", 1)), "oops"))), 400, "changes[1] must be");
            assertBad(probe.post("/api/save", Map.of("sql", "DROP TABLE Post")), 400, "Unknown key `sql`");
            Answer wrongType = probe.post("/api/save", Map.of("changes", List.of(
                    Map.of("kind", "delete", "model", "Category", "key", Map.of("id", 2)),
                    Map.of("kind", "update", "model", "User", "key", Map.of("id", 1), "data", Map.of("email", 5)))));
            assertThat(wrongType.status()).isEqualTo(400);
            assertThat((Map<String, Object>) wrongType.json().get("error")).containsEntry("code", "P2009").containsEntry("index", 1);
            assertBad(probe.post("/api/rows", Map.of("model", "Nope")), 404, "no model `Nope`");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "take", 0)), 400, "`take` must be a whole number from 1 to 500");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "take", 100000)), 400, "`take` must be");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "skip", -1)), 400, "`skip` must be");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "skip", "1")), 400, "`skip` must be");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "orderBy", List.of(Map.of("field", "nope")))), 400, "`nope` is not a sortable field");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "orderBy", List.of(Map.of("field", "title", "direction", "up")))), 400, "direction");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "where", Map.of("nope", 1))), 400, "nope");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "where", Map.of("id", Map.of("contains", "x")))), 400, "P2009".isEmpty() ? "" : "validate");
            assertBad(probe.post("/api/rows", Map.of("model", "Post", "where", "1=1")), 400, "`where` must be a JSON object");
            assertBad(probe.get("/api/save"), 405, "Use POST");
            assertBad(probe.postRaw("/api/schema", "{}", t, null, "application/json"), 405, "Use GET");
            assertBad(probe.post("/api/sql", Map.of("sql", "DELETE FROM Post")), 404, "No API endpoint");
            assertBad(probe.post("/api/raw", Map.of("query", "SELECT 1")), 404, "No API endpoint");
            assertThat(snapshot()).isEqualTo(before);
        }

        private static void assertBad(Answer answer, int status, String message) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(status);
            assertThat(answer.body()).contains(message);
        }
    }

    @Nested
    @PostgresTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Postgres extends OnDatabase {
        private final TestDatabase db;

        Postgres(TestDatabase db) {
            this.db = db;
        }

        TestDatabase db() {
            return db;
        }

        Provider provider() {
            return Provider.POSTGRESQL;
        }

        @Test
        @SuppressWarnings("unchecked")
        void aQueryTheDatabaseRefusesIsAJsonErrorWithItsCode() {
            // PostgreSQL text cannot hold NUL: the filter passes validation, the database refuses it
            Answer answer = probe.post("/api/rows", Map.of("model", "Post", "where", Map.of("title", Map.of("contains", "a\u0000b"))));
            assertThat(answer.status()).as(answer.body()).isEqualTo(500);
            assertThat((Map<String, Object>) answer.json().get("error")).containsKey("code").containsKey("message");
        }
    }

    @Nested
    @MySqlTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MySql extends OnDatabase {
        private final TestDatabase db;

        MySql(TestDatabase db) {
            this.db = db;
        }

        TestDatabase db() {
            return db;
        }

        Provider provider() {
            return Provider.MYSQL;
        }
    }

    @Nested
    @SqliteTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Sqlite extends OnDatabase {
        private final TestDatabase db;

        Sqlite(TestDatabase db) {
            this.db = db;
        }

        TestDatabase db() {
            return db;
        }

        Provider provider() {
            return Provider.SQLITE;
        }
    }
}
