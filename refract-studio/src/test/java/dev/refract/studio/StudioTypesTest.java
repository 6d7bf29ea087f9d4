package dev.refract.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.RefractClient;
import dev.refract.schema.model.Provider;
import dev.refract.studio.HttpProbe.Answer;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Values of every type Studio edits go through the API as the page sends them (BigInt and Decimal as
 * digits, Bytes as base64, DateTime as ISO-8601) and come back in the same form, exactly.
 */
class StudioTypesTest {

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase {
        RefractClient client;
        Studio studio;
        HttpProbe probe;

        abstract TestDatabase db();

        abstract Provider provider();

        @BeforeAll
        void start() throws Exception {
            client = TypesFixture.create(db(), provider());
            studio = Studio.start(client, StudioOptions.defaults().withPort(0));
            probe = new HttpProbe(studio);
        }

        @AfterAll
        void stop() {
            studio.close();
            client.close();
        }

        @Test
        void everyTypeRoundTripsExactlyAndDefaultsApply() {
            Answer saved = probe.post("/api/save", Map.of("changes", List.of(
                    Map.of("kind", "create", "model", "Thing", "data", Map.of("label", "exact", "big", "9007199254740993",
                            "price", "12345.67", "ratio", 0.25, "blob", "AAEC/w==", "at", "2024-02-29T23:59:58.123Z",
                            "ok", false, "mood", "SAD", "note", "ünïcødé ✓")),
                    Map.of("kind", "create", "model", "Thing", "data", Map.of("label", "defaults")))));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            Answer read = probe.post("/api/rows", Map.of("model", "Thing", "where", Map.of("label", Map.of("in", List.of("exact", "defaults"))),
                    "orderBy", List.of(Map.of("field", "id", "direction", "asc"))));
            List<Map<String, Object>> rows = (List<Map<String, Object>>) read.json().get("rows");
            assertThat(rows.get(0)).containsEntry("big", "9007199254740993").containsEntry("price", "12345.67")
                    .containsEntry("ratio", 0.25).containsEntry("blob", "AAEC/w==").containsEntry("at", "2024-02-29T23:59:58.123Z")
                    .containsEntry("ok", false).containsEntry("mood", "SAD").containsEntry("note", "ünïcødé ✓");
            assertThat(rows.get(1)).containsEntry("ratio", 1.5).containsEntry("ok", true).containsEntry("mood", "HAPPY")
                    .containsEntry("big", null).containsEntry("blob", null);
            assertThat((String) rows.get(1).get("at")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

            Object id = rows.get(0).get("id");
            Answer updated = probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "update", "model", "Thing",
                    "key", Map.of("id", id), "data", new java.util.HashMap<>(Map.of("big", "-42", "price", "0.10", "blob", ""))))));
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            Map<String, Object> after = ((List<Map<String, Object>>) probe.post("/api/rows", Map.of("model", "Thing",
                    "where", Map.of("id", id))).json().get("rows")).get(0);
            assertThat(after).containsEntry("big", "-42").containsEntry("blob", "").containsEntry("price", "0.1");
        }

        @Test
        void filtersOnEachTypeAsThePageSendsThem() {
            probe.post("/api/save", Map.of("changes", List.of(Map.of("kind", "create", "model", "Thing", "data",
                    Map.of("label", "filtered", "big", "5000000000", "price", "9.99", "at", "2030-01-01T00:00:00Z", "mood", "SAD")))));
            Map<String, Object> where = Map.of("AND", List.of(
                    Map.of("big", Map.of("gte", "4000000000", "lte", "6000000000")),
                    Map.of("price", Map.of("gte", "9.5")),
                    Map.of("at", Map.of("gte", "2029-12-31T00:00:00.000Z")),
                    Map.of("mood", Map.of("equals", "SAD")),
                    java.util.Collections.singletonMap("note", null)));
            Answer read = probe.post("/api/rows", Map.of("model", "Thing", "where", where));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat((List<Map<String, Object>>) read.json().get("rows")).extracting(r -> r.get("label")).containsExactly("filtered");
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
