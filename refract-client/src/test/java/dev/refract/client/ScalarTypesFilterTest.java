package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Filters on Bytes, Decimal, BigInt, DateTime (ISO text in the dynamic API) and enums, NULL rows
 * under not/notIn, and the case rules of the default and insensitive modes per database. The
 * PostgreSQL expectations are what Prisma 7.10 returned for the same rows; MySQL's and SQLite's
 * default mode follows their collation and LIKE, as with Prisma.
 */
class ScalarTypesFilterTest {
    private static final String MODELS = """
            enum Color {
              RED
              GREEN
              BLUE
            }

            model Thing {
              id    Int       @id
              name  String?
              b     Bytes?
              d     Decimal?
              bi    BigInt?
              t     DateTime?
              color Color?
            }
            """;

    abstract static class OnDatabase {
        RefractClient client;

        abstract TestDatabase db();

        abstract Provider provider();

        @BeforeAll
        void setUp() throws Exception {
            client = RefractClient.builder(InlineSchema.create(db(), provider(), MODELS), db()::open).build();
            create(m("id", 1, "name", "Ann", "b", new byte[] {1, 2, 3}, "d", "1.50", "bi", 9007199254740993L,
                    "t", "2024-01-01T10:00:00Z", "color", "RED"));
            create(m("id", 2, "name", "ÄRGER", "b", "BA==", "d", 10, "bi", "-5", "t", "2024-06-01T10:00:00.123Z", "color", "BLUE"));
            create(m("id", 3));
            create(m("id", 4, "name", "ann_x%", "color", "GREEN"));
        }

        private void create(Map<String, Object> data) {
            client.execute("Thing", "create", m("data", data));
        }

        List<Object> ids(Object... where) {
            List<?> rows = (List<?>) client.execute("Thing", "findMany", m("where", m(where), "orderBy", m("id", "asc")));
            return rows.stream().map(r -> (Object) ((Map<?, ?>) r).get("id")).toList();
        }

        boolean ciCollation() {
            return provider() == Provider.MYSQL;
        }

        boolean asciiOnlyFolding() {
            return provider() == Provider.SQLITE;
        }

        @Test
        void typedValuesCompare() {
            assertThat(ids("b", m("equals", new byte[] {1, 2, 3}))).containsExactly(1);
            assertThat(ids("b", m("in", List.of("BA==")))).containsExactly(2);
            assertThat(ids("b", m("not", new byte[] {4}))).containsExactly(1);
            assertThat(ids("d", m("gt", new BigDecimal("1.5")))).containsExactly(2);
            assertThat(ids("d", m("equals", "1.5"))).containsExactly(1);
            assertThat(ids("d", m("lte", 10))).containsExactly(1, 2);
            assertThat(ids("bi", m("gt", "9007199254740992"))).containsExactly(1);
            assertThat(ids("bi", m("lt", 0))).containsExactly(2);
            assertThat(ids("t", m("gt", "2024-01-01T10:00:00Z"))).containsExactly(2);
            assertThat(ids("t", m("equals", "2024-06-01T10:00:00.123Z"))).containsExactly(2);
            assertThat(ids("t", m("lt", Instant.parse("2024-06-01T10:00:00.124Z")))).containsExactly(1, 2);
            assertThat(ids("t", m("gte", "2024-06-01T12:00:00.123+02:00"))).containsExactly(2);
            assertThat(ids("color", m("in", List.of("RED", "GREEN")))).containsExactly(1, 4);
            assertThat(ids("color", m("not", "RED"))).containsExactly(2, 4);
            assertThat(ids("color", m("notIn", List.of("RED")))).containsExactly(2, 4);
            assertThat(ids("color", m("not", m("in", List.of("RED", "BLUE"))))).containsExactly(4);
        }

        @Test
        void nullRowsMatchNoNegation() {
            assertThat(ids("name", m("notIn", List.of("Ann")))).containsExactly(2, 4);
            assertThat(ids("name", m("not", "Ann"))).containsExactly(2, 4);
            assertThat(ids("name", m("not", m("in", List.of("Ann"))))).containsExactly(2, 4);
        }

        @Test
        void insensitiveMode() {
            assertThat(ids("name", m("equals", "ANN", "mode", "insensitive"))).containsExactly(1);
            assertThat(ids("name", m("in", List.of("ann", "ärger"), "mode", "insensitive")))
                    .containsExactly(asciiOnlyFolding() ? new Object[] {1} : new Object[] {1, 2});
            assertThat(ids("name", m("notIn", List.of("ann"), "mode", "insensitive"))).containsExactly(2, 4);
            // MySQL's collation sorts Ä with A
            assertThat(ids("name", m("lt", "b", "mode", "insensitive"))).containsExactly(ciCollation() ? new Object[] {1, 2, 4} : new Object[] {1, 4});
            assertThat(ids("name", m("contains", "NN", "mode", "insensitive"))).containsExactly(1, 4);
            assertThat(ids("name", m("contains", "ärg", "mode", "insensitive")))
                    .containsExactly(asciiOnlyFolding() ? new Object[] {} : new Object[] {2});
            assertThat(ids("name", m("not", m("contains", "nn"), "mode", "insensitive"))).containsExactly(2);
            assertThat(ids("name", m("not", "ann", "mode", "insensitive"))).containsExactly(2, 4);
        }

        @Test
        void defaultModeFollowsTheDatabase() {
            assertThat(ids("name", m("contains", "nn"))).containsExactly(1, 4);
            // PostgreSQL compares case; MySQL's _ci collation does not; SQLite's LIKE ignores ASCII case only
            assertThat(ids("name", m("contains", "NN"))).containsExactly(provider() == Provider.POSTGRESQL ? new Object[] {} : new Object[] {1, 4});
            assertThat(ids("name", m("contains", "ärg"))).containsExactly(ciCollation() ? new Object[] {2} : new Object[] {});
            assertThat(ids("name", m("equals", "ann"))).containsExactly(ciCollation() ? new Object[] {1} : new Object[] {});
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

    static Map<String, Object> m(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }
}
