package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Json fields: values read as plain Java values, writes (values, JsonNull, DbNull), equals/not with
 * the null kinds, and path filters on PostgreSQL and MySQL (SQLite refuses them, as Prisma's query
 * schema has none there). The expected ids are what Prisma 7.10 returned for the same rows on
 * PostgreSQL.
 */
class JsonTest {
    private static final String MODELS = """
            model Doc {
              id   Int   @id
              meta Json?
              data Json
            }
            """;

    abstract static class OnDatabase {
        protected RefractClient client;
        protected final List<String> statements = new ArrayList<>();

        abstract TestDatabase db();

        abstract Provider provider();

        @BeforeAll
        void setUp() throws Exception {
            client = RefractClient.builder(InlineSchema.create(db(), provider(), MODELS), db()::open)
                    .statementListener((sql, params, d) -> statements.add(sql)).build();
            create(1, m("a", m("b", "hello"), "n", 5, "arr", List.of(1, 2, 3), "s", "x"), m());
            create(2, Json.JSON_NULL, List.of(1, 2));
            create(3, Json.DB_NULL, "str");
            create(4, m("a", m("b", "world"), "n", 10, "arr", List.of(3), "s", 7), 7);
            create(5, "just text", "x");
        }

        @BeforeEach
        void forget() {
            statements.clear();
        }

        private void create(int id, Object meta, Object data) {
            client.execute("Doc", "create", m("data", m("id", id, "meta", meta, "data", data)));
        }

        List<Object> ids(Object... where) {
            List<?> rows = (List<?>) client.execute("Doc", "findMany", m("where", m(where), "orderBy", m("id", "asc")));
            return rows.stream().map(r -> (Object) ((Map<?, ?>) r).get("id")).toList();
        }

        @Test
        void readsPlainJavaValues() {
            List<?> rows = (List<?>) client.execute("Doc", "findMany", m("orderBy", m("id", "asc")));
            Map<?, ?> one = (Map<?, ?>) rows.get(0);
            assertThat(one.get("meta")).isEqualTo(m("a", m("b", "hello"), "n", 5, "arr", List.of(1, 2, 3), "s", "x"));
            assertThat(one.get("data")).isEqualTo(m());
            assertThat(((Map<?, ?>) rows.get(1)).get("meta")).isNull();
            assertThat(((Map<?, ?>) rows.get(1)).get("data")).isEqualTo(List.of(1, 2));
            assertThat(((Map<?, ?>) rows.get(2)).get("meta")).isNull();
            assertThat(((Map<?, ?>) rows.get(3)).get("data")).isEqualTo(7);
            assertThat(((Map<?, ?>) rows.get(4)).get("meta")).isEqualTo("just text");
        }

        @Test
        void equalityAndNullKinds() {
            assertThat(ids("meta", m("equals", Json.DB_NULL))).containsExactly(3);
            assertThat(ids("meta", m("equals", Json.JSON_NULL))).containsExactly(2);
            assertThat(ids("meta", m("equals", Json.ANY_NULL))).containsExactly(2, 3);
            assertThat(ids("meta", m("equals", m("$type", "Enum", "value", "AnyNull")))).containsExactly(2, 3);
            assertThat(ids("meta", m("not", Json.DB_NULL))).containsExactly(1, 2, 4, 5);
            assertThat(ids("meta", m("not", Json.JSON_NULL))).containsExactly(1, 4, 5);
            assertThat(ids("meta", m("not", Json.ANY_NULL))).containsExactly(1, 4, 5);
            assertThat(ids("meta", m("equals", null))).containsExactly(2);
            assertThat(ids("meta", m("equals", "just text"))).containsExactly(5);
            assertThat(ids("meta", m("not", m("a", m("b", "hello"), "n", 5, "arr", List.of(1, 2, 3), "s", "x")))).containsExactly(2, 4, 5);
            assertThat(ids("data", m("equals", m()))).containsExactly(1);
            assertThat(ids("data", m("equals", List.of(1, 2)))).containsExactly(2);
            assertThat(ids("data", m("equals", "str"))).containsExactly(3);
            assertThat(ids("data", m("equals", 7))).containsExactly(4);
            assertThat(ids("data", m("not", 7))).containsExactly(1, 2, 3, 5);
            assertThat(statements).hasSize(15);
        }

        @Test
        void writesNullKindsAndValues() {
            create(20, m("x", 1.5, "big", 12345678901234L, "neg", -1, "t", true, "f", null, "q", "a\"b\\c\n"), List.of());
            Map<?, ?> row = (Map<?, ?>) client.execute("Doc", "findUnique", m("where", m("id", 20)));
            assertThat(row.get("meta")).isEqualTo(m("x", 1.5, "big", 12345678901234L, "neg", -1, "t", true, "f", null, "q", "a\"b\\c\n"));
            client.execute("Doc", "update", m("where", m("id", 20), "data", m("meta", null, "data", m("k", List.of()))));
            assertThat(ids("id", 20, "meta", m("equals", Json.JSON_NULL))).containsExactly(20); // null writes JSON null, as Prisma
            client.execute("Doc", "update", m("where", m("id", 20), "data", m("meta", m("$type", "Enum", "value", "DbNull"))));
            assertThat(ids("id", 20, "meta", m("equals", Json.DB_NULL))).containsExactly(20);
            assertThat(ids("id", 20, "data", m("equals", m("k", List.of())))).containsExactly(20);
            assertThatThrownBy(() -> client.execute("Doc", "update", m("where", m("id", 20), "data", m("data", Json.DB_NULL))))
                    .isInstanceOf(RefractValidationException.class).hasMessageContaining("use JsonNull");
            client.execute("Doc", "delete", m("where", m("id", 20)));
        }
    }

    /** The databases that look inside documents. */
    abstract static class WithPaths extends OnDatabase {

        @Test
        void pathFilters() {
            assertThat(ids("meta", m("path", List.of("a", "b"), "string_contains", "ell"))).containsExactly(1);
            assertThat(ids("meta", m("path", "$.a.b", "string_contains", "ell"))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("a", "b"), "string_starts_with", "wor"))).containsExactly(4);
            assertThat(ids("meta", m("path", List.of("a", "b"), "string_ends_with", "llo"))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("a", "b"), "string_contains", "ELL", "mode", "insensitive"))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("arr"), "array_contains", List.of(3)))).containsExactly(1, 4);
            assertThat(ids("meta", m("path", List.of("arr"), "array_contains", 3))).containsExactly(1, 4);
            assertThat(ids("meta", m("path", List.of("arr"), "array_starts_with", 1))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("arr"), "array_ends_with", 3))).containsExactly(1, 4);
            assertThat(ids("meta", m("path", List.of("arr"), "array_starts_with", List.of(1, 2)))).isEmpty();
            assertThat(ids("meta", m("path", List.of("n"), "gt", 6))).containsExactly(4);
            assertThat(ids("meta", m("path", List.of("n"), "lt", 6))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("n"), "equals", 5))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("n"), "equals", "5"))).isEmpty();
            assertThat(ids("meta", m("path", List.of("a", "b"), "equals", "hello"))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("a"), "equals", m("b", "world")))).containsExactly(4);
            assertThat(ids("meta", m("path", List.of("n"), "not", 5))).containsExactly(4);
            assertThat(ids("meta", m("path", List.of("s"), "gt", "a"))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("s"), "string_contains", "x"))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("zz"), "equals", Json.JSON_NULL))).isEmpty();
            assertThat(ids("meta", m("path", List.of("zz"), "equals", Json.DB_NULL))).containsExactly(1, 2, 3, 4, 5);
            assertThat(ids("meta", m("path", List.of("zz"), "equals", Json.ANY_NULL))).containsExactly(1, 2, 3, 4, 5);
            assertThat(ids("data", m("array_contains", List.of(2)))).containsExactly(2);
            assertThat(ids("data", m("string_contains", "st"))).containsExactly(3);
            assertThat(ids("data", m("gt", 5))).containsExactly(4);
            assertThat(ids("meta", m("path", List.of(), "equals", "just text"))).containsExactly(5);
            assertThat(ids("meta", m("path", "$.arr[0]", "equals", 1))).containsExactly(1);
            assertThat(ids("meta", m("path", List.of("n"), "gte", 5, "lte", 5))).containsExactly(1);
        }

        @Test
        void objectsCompareWhateverTheKeyOrder() {
            assertThat(ids("meta", m("equals", m("n", 5, "a", m("b", "hello"), "arr", List.of(1, 2, 3), "s", "x")))).containsExactly(1);
        }
    }

    @Nested
    @PostgresTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Postgres extends WithPaths {
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
    class MySql extends WithPaths {
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

        @Test
        void pathFiltersAreRefused() {
            assertThatThrownBy(() -> ids("meta", m("path", List.of("n"), "equals", 5))).isInstanceOf(RefractValidationException.class)
                    .hasMessageContaining("not supported on this database");
            assertThatThrownBy(() -> ids("data", m("string_contains", "st"))).isInstanceOf(RefractValidationException.class);
            assertThat(statements).isEmpty();
        }

        @Test
        void objectsCompareAsStoredText() {
            // SQLite keeps Json as text: json() minifies, key order still counts
            assertThat(ids("meta", m("equals", m("n", 5, "a", m("b", "hello"), "arr", List.of(1, 2, 3), "s", "x")))).isEmpty();
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
