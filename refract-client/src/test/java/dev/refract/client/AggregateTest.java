package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * aggregate, groupBy and count with select on each database, one statement each; the expected
 * values are what Prisma 7.10 returned for the same rows (see {@link BookstoreDatabase}).
 */
class AggregateTest {

    abstract static class OnDatabase extends BookstoreDatabase {

        @Test
        void aggregateOfEveryKind() {
            Map<String, Object> result = aggregate("Book", m(
                    "_count", m("_all", true, "pages", true, "price", true),
                    "_sum", m("pages", true, "sold", true, "price", true, "rating", true),
                    "_avg", m("pages", true, "sold", true, "price", true, "rating", true),
                    "_min", m("pages", true, "title", true, "price", true, "publishedAt", true),
                    "_max", m("sold", true, "genre", true, "publishedAt", true)));
            assertThat(normal(result)).isEqualTo(m(
                    "_count", m("_all", 5, "pages", 4, "price", 4),
                    "_sum", m("pages", 650, "sold", 3_000_001_012L, "price", dec("36.85"), "rating", 14.5),
                    "_avg", m("pages", 162.5, "sold", 600000202.4, "price", dec("9.2125"), "rating", 3.625),
                    "_min", m("pages", 50, "title", "A", "price", dec("1.1"), "publishedAt", Instant.parse("2023-05-01T00:00:00Z")),
                    "_max", m("sold", 3_000_000_000L, "genre", "sci", "publishedAt", Instant.parse("2024-02-01T00:00:00Z"))));
            assertThat(result.keySet()).containsExactly("_count", "_sum", "_avg", "_min", "_max");
            assertThat(statements).hasSize(1);
        }

        @Test
        void aggregateOfNoRowsIsZeroCountsAndNulls() {
            Map<String, Object> result = aggregate("Book", m("where", m("id", m("gt", 100)),
                    "_count", m("_all", true, "pages", true), "_sum", m("pages", true, "sold", true, "price", true),
                    "_avg", m("pages", true), "_min", m("title", true)));
            assertThat(result).isEqualTo(m("_count", m("_all", 0, "pages", 0), "_sum", m("pages", null, "sold", null, "price", null),
                    "_avg", m("pages", null), "_min", m("title", null)));
        }

        @Test
        void aggregateAppliesOrderPageAndCursorToTheRows() {
            assertThat(aggregate("Book", m("orderBy", m("pages", "desc"), "where", m("pages", m("not", null)),
                    "take", 2, "skip", 1, "_sum", m("pages", true), "_count", true)))
                    .isEqualTo(m("_sum", m("pages", 300), "_count", 2));
            assertThat(aggregate("Book", m("cursor", m("id", 2), "take", 2, "_sum", m("pages", true), "_count", m("_all", true))))
                    .isEqualTo(m("_sum", m("pages", 200), "_count", m("_all", 2)));
            assertThat(aggregate("Book", m("take", -2, "orderBy", m("id", "asc"), "_sum", m("id", true)))).isEqualTo(m("_sum", m("id", 9)));
            assertThat(aggregate("Book", m("take", 2, "_sum", m("id", true)))).isEqualTo(m("_sum", m("id", 3)));
            assertThat(aggregate("Book", m("where", m("authorId", m("not", null)), "orderBy", m("author", m("name", "desc")),
                    "take", 2, "_sum", m("pages", true)))).isEqualTo(m("_sum", m("pages", 50)));
            assertThat(statements).hasSize(5);
        }

        @Test
        void aggregateCountTrueIsANumber() {
            assertThat(aggregate("Book", m("_count", true))).isEqualTo(m("_count", 5));
            assertThat(aggregate("Author", m("_min", m("name", true, "country", true), "_count", m("country", true))))
                    .isEqualTo(m("_min", m("name", "Ann", "country", "UK"), "_count", m("country", 2)));
        }

        @Test
        void countWithSelectAndPage() {
            assertThat(client.execute("Book", "count", m("select", m("_all", true, "pages", true, "rating", true))))
                    .isEqualTo(m("_all", 5, "pages", 4, "rating", 4));
            assertThat(client.execute("Book", "count", m("take", 2, "skip", 1))).isEqualTo(2);
            assertThat(statements).hasSize(2);
        }

        @Test
        void groupByWithAggregates() {
            List<Map<String, Object>> groups = groupBy("Book", m("by", List.of("genre"), "_count", m("_all", true, "pages", true),
                    "_sum", m("pages", true, "sold", true), "_avg", m("rating", true), "orderBy", m("genre", "asc")));
            assertThat(groups).containsExactly(
                    m("_count", m("_all", 1, "pages", 1), "_sum", m("pages", 50, "sold", 0L), "_avg", m("rating", 5.0), "genre", "bio"),
                    m("_count", m("_all", 2, "pages", 2), "_sum", m("pages", 300, "sold", 3_000_001_000L), "_avg", m("rating", 4.5), "genre", "fic"),
                    m("_count", m("_all", 2, "pages", 1), "_sum", m("pages", 300, "sold", 12L), "_avg", m("rating", 2.5), "genre", "sci"));
            assertThat(groups.get(0).keySet()).containsExactly("_count", "_sum", "_avg", "genre");
            assertThat(groupBy("Book", m("by", "genre"))).containsExactlyInAnyOrder(m("genre", "fic"), m("genre", "sci"), m("genre", "bio"));
            assertThat(groupBy("Book", m("by", List.of("genre"), "_count", true, "orderBy", m("genre", "asc"))))
                    .containsExactly(m("_count", 1, "genre", "bio"), m("_count", 2, "genre", "fic"), m("_count", 2, "genre", "sci"));
            assertThat(statements).hasSize(3);
        }

        @Test
        void groupByTwoFieldsWithNullsFirstAndWhere() {
            assertThat(normalAll(groupBy("Book", m("by", List.of("authorId", "genre"), "_max", m("price", true),
                    "orderBy", List.of(m("authorId", m("sort", "asc", "nulls", "first")), m("genre", "asc"))))))
                    .containsExactly(m("_max", m("price", dec("5")), "authorId", null, "genre", "sci"),
                            m("_max", m("price", dec("20.25")), "authorId", 1, "genre", "fic"),
                            m("_max", m("price", null), "authorId", 2, "genre", "sci"),
                            m("_max", m("price", dec("1.1")), "authorId", 3, "genre", "bio"));
            assertThat(groupBy("Book", m("by", List.of("authorId"), "where", m("authorId", m("not", null)), "_avg", m("pages", true),
                    "orderBy", m("authorId", "asc"))))
                    .containsExactly(m("_avg", m("pages", 150.0), "authorId", 1), m("_avg", m("pages", null), "authorId", 2),
                            m("_avg", m("pages", 50.0), "authorId", 3));
        }

        @Test
        void groupByOrderedByAggregatesAndPaged() {
            assertThat(groupBy("Book", m("by", List.of("genre"), "_count", m("id", true),
                    "orderBy", List.of(m("_count", m("id", "desc")), m("genre", "asc")))))
                    .containsExactly(m("_count", m("id", 2), "genre", "fic"), m("_count", m("id", 2), "genre", "sci"),
                            m("_count", m("id", 1), "genre", "bio"));
            assertThat(groupBy("Book", m("by", List.of("genre"), "_sum", m("pages", true),
                    "orderBy", List.of(m("_sum", m("pages", "asc")), m("genre", "desc")))))
                    .containsExactly(m("_sum", m("pages", 50), "genre", "bio"), m("_sum", m("pages", 300), "genre", "sci"),
                            m("_sum", m("pages", 300), "genre", "fic"));
            assertThat(groupBy("Book", m("by", List.of("genre"), "take", 2, "skip", 1, "orderBy", m("genre", "asc"))))
                    .containsExactly(m("genre", "fic"), m("genre", "sci"));
            assertThat(groupBy("Book", m("by", List.of("genre"), "take", -1, "orderBy", m("genre", "asc"))))
                    .containsExactly(m("genre", "sci"));
            assertThat(groupBy("Book", m("by", List.of("genre"), "take", 1, "orderBy", List.of(m("_avg", m("rating", "desc")), m("genre", "asc")))))
                    .containsExactly(m("genre", "bio"));
            assertThat(statements).hasSize(5);
        }

        @Test
        void groupByHaving() {
            Map<String, Object> byGenre = m("by", List.of("genre"), "orderBy", m("genre", "asc"));
            assertThat(groupBy("Book", with(byGenre, "having", m("pages", m("_sum", m("gt", 100))), "_sum", m("pages", true))))
                    .containsExactly(m("_sum", m("pages", 300), "genre", "fic"), m("_sum", m("pages", 300), "genre", "sci"));
            assertThat(genres(with(byGenre, "having", m("genre", m("not", "bio"))))).containsExactly("fic", "sci");
            assertThat(genres(with(byGenre, "having", m("id", m("_count", m("gte", 2)))))).containsExactly("fic", "sci");
            assertThat(genres(with(byGenre, "having", m("OR", List.of(m("rating", m("_avg", m("gt", 4))), m("genre", "sci"))))))
                    .containsExactly("bio", "fic", "sci");
            assertThat(genres(with(byGenre, "having", m("AND", List.of(m("pages", m("_max", m("lt", 300))), m("NOT", m("genre", "bio")))))))
                    .containsExactly("fic");
            assertThat(genres(with(byGenre, "having", m("pages", m("_sum", m("in", List.of(50, 300))))))).containsExactly("bio", "fic", "sci");
            assertThat(genres(with(byGenre, "having", m("pages", m("_sum", m("not", 300)))))).containsExactly("bio");
            assertThat(genres(with(byGenre, "having", m("title", m("_min", m("gte", "C")))))).containsExactly("bio", "sci");
            assertThat(genres(with(byGenre, "having", m("genre", m("in", List.of("fic", "sci"), "_count", m("gt", 1))))))
                    .containsExactly("fic", "sci");
            assertThat(groupBy("Book", m("by", List.of("authorId"), "having", m("pages", m("_avg", m("equals", null))),
                    "orderBy", m("authorId", "asc")))).containsExactly(m("authorId", 2));
        }

        @Test
        void groupByValidation() {
            assertInvalid(() -> groupBy("Book", m("by", List.of("genre"), "having", m("pages", m("gt", 1)))),
                    "Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: pages");
            assertInvalid(() -> groupBy("Book", m("by", List.of("genre"), "orderBy", m("title", "asc"))),
                    "Every field used for orderBy must be included in the by-arguments of the query. Missing fields: title");
            assertInvalid(() -> groupBy("Book", m("by", List.of("genre"), "take", 1)),
                    "Every field used for orderBy must be included in the by-arguments of the query. Missing fields: id");
            assertInvalid(() -> groupBy("Book", m("by", List.of())), "Argument `by` needs at least one field");
            assertInvalid(() -> groupBy("Book", m("by", List.of("genre"), "_avg", m("title", true))), "Unknown field `title` for _avg");
            assertInvalid(() -> groupBy("Book", m("by", List.of("genre"), "orderBy", m("_avg", m("rating", m("sort", "desc", "nulls", "last"))))),
                    "Invalid value for sort order");
            assertInvalid(() -> groupBy("Book", m("by", List.of("genre"), "cursor", m("id", 1))), "Unknown argument `cursor`");
            assertInvalid(() -> aggregate("Book", m()), "must not be empty");
            assertInvalid(() -> aggregate("Book", m("_sum", m("pages", false))), "needs at least one truthy value");
            assertInvalid(() -> aggregate("Book", m("_sum", m("genre", true))), "Unknown field `genre` for _sum");
            assertInvalid(() -> client.execute("Book", "count", m("distinct", List.of("genre"))), "Unknown argument `distinct`");
            assertThat(statements).isEmpty();
        }

        private List<Object> genres(Map<String, Object> args) {
            return groupBy("Book", args).stream().map(g -> g.get("genre")).toList();
        }

        private static Map<String, Object> with(Map<String, Object> base, Object... more) {
            Map<String, Object> out = new LinkedHashMap<>(base);
            out.putAll(m(more));
            return out;
        }

        static void assertInvalid(Runnable call, String message) {
            assertThatThrownBy(call::run).isInstanceOf(RefractValidationException.class).hasMessageContaining(message);
        }

        static BigDecimal dec(String value) {
            return new BigDecimal(value);
        }

        /** Decimals compared by value (databases differ in scale), recursively. */
        @SuppressWarnings("unchecked")
        static Object normal(Object value) {
            if (value instanceof BigDecimal d) {
                return new BigDecimal(d.stripTrailingZeros().toPlainString());
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<String, Object>) map).forEach((k, v) -> out.put(k, normal(v)));
                return out;
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        static List<Object> normalAll(List<Map<String, Object>> rows) {
            return rows.stream().map(OnDatabase::normal).toList();
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
    @MySqlTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MySql extends OnDatabase {
        private final TestDatabase db;

        MySql(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
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

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.SQLITE;
        }
    }
}
