package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every scalar filter operator, junctions, null checks and relation filters, each one statement. */
class FilterTest {

    abstract static class OnDatabase extends BlogDatabase {

        private List<Object> users(Object... where) {
            return ids("User", m("where", m(where), "orderBy", m("id", "asc")));
        }

        private List<Object> posts(Object... where) {
            return ids("Post", m("where", m(where), "orderBy", m("id", "asc")));
        }

        @Test
        void equalityAndComparisons() {
            assertThat(users("id", 2)).containsExactly(2);
            assertThat(users("id", m("equals", 3))).containsExactly(3);
            assertThat(users("id", m("not", 1))).containsExactly(2, 3, 4);
            assertThat(users("id", m("in", List.of(1, 4)))).containsExactly(1, 4);
            assertThat(users("id", m("notIn", List.of(1, 4)))).containsExactly(2, 3);
            assertThat(users("id", m("in", List.of()))).isEmpty();
            assertThat(users("id", m("lt", 2))).containsExactly(1);
            assertThat(users("id", m("lte", 2))).containsExactly(1, 2);
            assertThat(users("id", m("gt", 3))).containsExactly(4);
            assertThat(users("id", m("gte", 3, "lt", 4))).containsExactly(3);
            assertThat(users("role", "ADMIN")).containsExactly(1);
            assertThat(posts("published", false)).containsExactly(2);
            assertThat(users("createdAt", m("gte", "2024-01-02T10:00:00Z"))).containsExactly(2, 3, 4);
            assertThat(users("createdAt", m("lt", BlogDatabase.DAY1.plusSeconds(1)))).containsExactly(1);
            assertThat(statements).hasSize(14);
        }

        @Test
        void nullChecks() {
            assertThat(users("name", null)).containsExactly(2);
            assertThat(users("name", m("not", null))).containsExactly(1, 3, 4);
            assertThat(posts("content", m("equals", null))).containsExactly(2, 4);
        }

        @Test
        void textPatternsAndInsensitiveMode() {
            // default mode follows the database, as in Prisma: MySQL's _ci collations and SQLite's LIKE ignore ASCII case
            assertThat(users("email", m("contains", "@x.io"))).containsExactly(provider() == Provider.POSTGRESQL
                    ? new Object[] {1} : new Object[] {1, 3});
            assertThat(users("email", m("contains", "@x.io", "mode", "insensitive"))).containsExactly(1, 3);
            assertThat(users("email", m("startsWith", "ci", "mode", "insensitive"))).containsExactly(3);
            assertThat(users("email", m("endsWith", ".io"))).containsExactly(1, 2, 3, 4);
            assertThat(users("name", m("equals", "CID", "mode", "insensitive"))).containsExactly(3);
            assertThat(users("name", m("in", List.of("ANN", "DEE"), "mode", "insensitive"))).containsExactly(1, 4);
            assertThat(posts("title", m("contains", "'"))).containsExactly(4);
            // as in Prisma, % and _ in the value are LIKE wildcards and a backslash escapes them
            assertThat(users("email", m("contains", "%"))).containsExactly(1, 2, 3, 4);
            assertThat(users("email", m("contains", "\\%"))).isEmpty();
            assertThat(users("email", m("startsWith", "_ob"))).containsExactly(2);
            assertThat(users("email", m("startsWith", "\\_ob"))).isEmpty();
            assertThat(users("name", m("not", m("contains", "n"), "mode", "insensitive"))).containsExactly(3, 4);
            assertThat(users("name", m("not", m("in", List.of("ann", "DEE")), "mode", "insensitive"))).containsExactly(3);
            assertThat(users("name", m("not", "ANN", "mode", "insensitive"))).containsExactly(3, 4);
            assertThatThrownBy(() -> users("name", m("not", m("contains", "n", "mode", "insensitive"))))
                    .isInstanceOf(RefractValidationException.class).hasMessageContaining("Unknown argument `mode`");
        }

        @Test
        void andOrNot() {
            assertThat(users("OR", List.of(m("id", 1), m("name", "Dee")))).containsExactly(1, 4);
            assertThat(users("AND", List.of(m("id", m("gt", 1)), m("name", m("not", null))))).containsExactly(3, 4);
            assertThat(users("AND", m("id", 2))).containsExactly(2);
            assertThat(users("NOT", m("id", 2))).containsExactly(1, 3, 4);
            assertThat(users("NOT", List.of(m("id", 2), m("id", 3)))).containsExactly(1, 4);
            assertThat(users("OR", List.of())).isEmpty();
            assertThat(users("AND", List.of())).containsExactly(1, 2, 3, 4);
            assertThat(users("id", m("gt", 1), "OR", List.of(m("name", null), m("role", "ADMIN")))).containsExactly(2);
        }

        @Test
        void listRelationFilters() {
            assertThat(users("posts", m("some", m("published", false)))).containsExactly(1);
            assertThat(users("posts", m("some", m()))).containsExactly(1, 2);
            assertThat(users("posts", m("none", m()))).containsExactly(3, 4);
            assertThat(users("posts", m("every", m("published", true)))).containsExactly(2, 3, 4);
            assertThat(users("posts", m("none", m("published", true)))).containsExactly(3, 4);
            assertThat(posts("categories", m("some", m("name", "tech")))).containsExactly(1, 3);
            assertThat(ids("Category", m("where", m("posts", m("none", m())), "orderBy", m("id", "asc")))).containsExactly(3);
            assertThat(users("posts", m("some", m("categories", m("some", m("name", "news")))))).containsExactly(1, 2);
            assertThat(statements).hasSize(8);
        }

        @Test
        void singleRelationFilters() {
            assertThat(posts("author", m("is", m("email", "bob@y.io")))).containsExactly(4);
            assertThat(posts("author", m("isNot", m("email", "bob@y.io")))).containsExactly(1, 2, 3);
            assertThat(posts("author", m("name", "Ann"))).containsExactly(1, 2, 3);
            assertThat(users("profile", null)).containsExactly(3, 4);
            assertThat(users("profile", m("is", null))).containsExactly(3, 4);
            assertThat(users("profile", m("isNot", null))).containsExactly(1, 2);
            assertThat(users("profile", m("is", m("bio", m("startsWith", "bob"))))).containsExactly(2);
            assertThat(users("profile", m("isNot", m("bio", m("startsWith", "bob"))))).containsExactly(1, 3, 4);
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
