package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reads of one shape with other values reuse the statement planned for the first (the SQL text is
 * the same, the values are bound anew), and values that change a statement's shape (null, the size of
 * an in list, a LIKE pattern) get statements of their own: every read returns its own rows.
 */
class RepeatedReadsTest {

    abstract static class OnDatabase extends BlogDatabase {
        private final List<QueryEvent> events = new ArrayList<>();

        private RefractClient logged() {
            events.clear();
            return RefractClient.builder(schema, connectionSource()).onQuery(events::add).build();
        }

        @SuppressWarnings("unchecked")
        private static List<Object> ids(Object records) {
            return ((List<Map<String, Object>>) records).stream().map(r -> r.get("id")).toList();
        }

        @Test
        void sameShapeOtherValuesBindsTheValuesIntoTheSameStatement() {
            RefractClient logged = logged();
            for (int id = 1; id <= 4; id++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> user = (Map<String, Object>) logged.execute("User", "findUnique", m("where", m("id", id)));
                assertThat(user.get("id")).isEqualTo(id);
            }
            assertThat(events).extracting(QueryEvent::sql).containsOnly(events.get(0).sql());
            assertThat(events).extracting(e -> e.parameters().get(0)).containsExactly(1, 2, 3, 4);
        }

        @Test
        @SuppressWarnings("unchecked")
        void aRelatedLevelReadAfterItsParentsReusesItsStatementWithOtherParents() {
            RefractClient logged = logged();
            List<List<Object>> parents = List.of(List.of(1, 4), List.of(2, 3), List.of(1, 2, 3));
            for (List<Object> ids : parents) {
                List<Map<String, Object>> users = (List<Map<String, Object>>) logged.execute("User", "findMany",
                        m("where", m("id", m("in", ids)), "orderBy", m("id", "asc"), "include", m("posts", true)));
                assertThat(ids(users)).isEqualTo(ids);
                for (Map<String, Object> user : users) {
                    assertThat((List<Map<String, Object>>) user.get("posts"))
                            .allSatisfy(post -> assertThat(post.get("authorId")).isEqualTo(user.get("id")));
                }
            }
            List<String> postStatements = events.stream().map(QueryEvent::sql).filter(sql -> sql.contains("\"Post\"")).toList();
            assertThat(postStatements).hasSize(3);
            assertThat(postStatements.get(1)).isEqualTo(postStatements.get(0));
            if (dialect().supportsArrayParameters()) {
                assertThat(postStatements.get(2)).as("the parents' keys are one array").isEqualTo(postStatements.get(0));
            } else {
                assertThat(postStatements.get(2)).as("three keys, an in list of three").isNotEqualTo(postStatements.get(0));
            }
        }

        @Test
        @SuppressWarnings("unchecked")
        void aForeignKeyTheRelatedLevelSelectsIsItsLinkAndIsReadOnce() {
            RefractClient logged = logged();
            List<Map<String, Object>> all = (List<Map<String, Object>>) logged.execute("User", "findMany",
                    m("orderBy", m("id", "asc"), "include", m("posts", true)));
            List<Map<String, Object>> titles = (List<Map<String, Object>>) logged.execute("User", "findMany",
                    m("orderBy", m("id", "asc"), "include", m("posts", m("select", m("title", true)))));
            List<String> posts = events.stream().map(QueryEvent::sql).filter(sql -> sql.contains("\"Post\"")).toList();
            assertThat(posts).hasSize(2);
            for (String sql : posts) {
                String items = sql.substring(0, sql.indexOf(" FROM "));
                assertThat(items.split("\"authorId\"", -1)).as("authorId in the select list of %s", sql).hasSize(2);
            }
            assertThat(all).hasSameSizeAs(titles);
            for (int u = 0; u < all.size(); u++) {
                List<Map<String, Object>> full = (List<Map<String, Object>>) all.get(u).get("posts");
                List<Map<String, Object>> onlyTitles = (List<Map<String, Object>>) titles.get(u).get("posts");
                Object userId = all.get(u).get("id");
                assertThat(full).allSatisfy(post -> assertThat(post.get("authorId")).isEqualTo(userId));
                assertThat(onlyTitles).extracting(post -> post.get("title"))
                        .isEqualTo(full.stream().map(post -> post.get("title")).toList());
                assertThat(onlyTitles).allSatisfy(post -> assertThat(post).containsOnlyKeys("title"));
            }
        }

        @Test
        void valuesThatShapeTheStatementGetStatementsOfTheirOwn() {
            RefractClient logged = logged();
            assertThat(ids(logged.execute("User", "findMany", m("where", m("name", "Ann"), "orderBy", m("id", "asc")))))
                    .containsExactly(1);
            assertThat(ids(logged.execute("User", "findMany", m("where", m("name", null), "orderBy", m("id", "asc")))))
                    .containsExactly(2);
            assertThat(ids(logged.execute("User", "findMany", m("where", m("name", "Dee"), "orderBy", m("id", "asc")))))
                    .containsExactly(4);
            assertThat(events.get(1).sql()).contains("IS NULL").isNotEqualTo(events.get(0).sql());
            assertThat(events.get(2).sql()).isEqualTo(events.get(0).sql());

            events.clear();
            assertThat(ids(logged.execute("User", "findMany", m("where", m("id", m("in", List.of(1, 4))), "orderBy", m("id", "asc")))))
                    .containsExactly(1, 4);
            assertThat(ids(logged.execute("User", "findMany", m("where", m("id", m("in", List.of(3))), "orderBy", m("id", "asc")))))
                    .containsExactly(3);
            assertThat(ids(logged.execute("User", "findMany", m("where", m("id", m("in", List.of(2, 3))), "orderBy", m("id", "asc")))))
                    .containsExactly(2, 3);
            assertThat(events.get(1).sql()).isNotEqualTo(events.get(0).sql());
            assertThat(events.get(2).sql()).isEqualTo(events.get(0).sql());

            events.clear();
            assertThat(ids(logged.execute("User", "findMany", m("where", m("email", m("contains", "@y")), "orderBy", m("id", "asc")))))
                    .containsExactly(2);
            assertThat(ids(logged.execute("User", "findMany", m("where", m("email", m("contains", "@z")), "orderBy", m("id", "asc")))))
                    .containsExactly(4);
            assertThat(events.get(0).parameters()).containsExactly("%@y%");
            assertThat(events.get(1).parameters()).containsExactly("%@z%");
        }

        @Test
        void pagesOrdersAndSelectionsArePartOfTheShape() {
            RefractClient logged = logged();
            assertThat(ids(logged.execute("User", "findMany", m("orderBy", m("id", "asc"), "take", 2)))).containsExactly(1, 2);
            assertThat(ids(logged.execute("User", "findMany", m("orderBy", m("id", "asc"), "take", 3)))).containsExactly(1, 2, 3);
            assertThat(ids(logged.execute("User", "findMany", m("orderBy", m("id", "desc"), "take", 2)))).containsExactly(4, 3);
            assertThat(ids(logged.execute("User", "findMany", m("orderBy", m("id", "asc"), "take", -2)))).containsExactly(3, 4);
            assertThat(ids(logged.execute("User", "findMany", m("orderBy", m("id", "asc"), "skip", 3)))).containsExactly(4);
            @SuppressWarnings("unchecked")
            Map<String, Object> picked = (Map<String, Object>) logged.execute("User", "findFirst",
                    m("where", m("id", 2), "select", m("email", true)));
            assertThat(picked).containsOnlyKeys("email").containsEntry("email", "bob@y.io");
            @SuppressWarnings("unchecked")
            Map<String, Object> whole = (Map<String, Object>) logged.execute("User", "findFirst", m("where", m("id", 3)));
            assertThat(whole).containsEntry("email", "Cid@X.io").containsKey("name");
        }

        @Test
        void relationFiltersAndCountsBindTheirValues() {
            RefractClient logged = logged();
            assertThat(ids(logged.execute("User", "findMany", m("where", m("posts", m("some", m("title", "Hello"))),
                    "orderBy", m("id", "asc"))))).containsExactly(1);
            assertThat(ids(logged.execute("User", "findMany", m("where", m("posts", m("some", m("title", "Bob's"))),
                    "orderBy", m("id", "asc"))))).containsExactly(2);
            assertThat(events.get(1).sql()).isEqualTo(events.get(0).sql());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> counted = (List<Map<String, Object>>) logged.execute("User", "findMany",
                    m("where", m("id", m("in", List.of(1, 2))), "orderBy", m("id", "asc"),
                            "select", m("id", true, "_count", m("select", m("posts", m("where", m("published", true)))))));
            assertThat(counted).extracting(r -> r.get("_count")).containsExactly(Map.of("posts", 2), Map.of("posts", 1));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> drafts = (List<Map<String, Object>>) logged.execute("User", "findMany",
                    m("where", m("id", m("in", List.of(1, 2))), "orderBy", m("id", "asc"),
                            "select", m("id", true, "_count", m("select", m("posts", m("where", m("published", false)))))));
            assertThat(drafts).extracting(r -> r.get("_count")).containsExactly(Map.of("posts", 1), Map.of("posts", 0));
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

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.POSTGRESQL;
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

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.SQLITE;
        }
    }
}
