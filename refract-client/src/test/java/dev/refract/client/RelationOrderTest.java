package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * orderBy on relation paths and relation counts, and distinct, on each database; the expected
 * records are what Prisma 7.10 returned for the same rows (see {@link BookstoreDatabase}).
 */
class RelationOrderTest {

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase extends BookstoreDatabase {

        @Test
        void orderByFieldsOfRelatedRecords() {
            Map<String, Object> withAuthor = m("authorId", m("not", null));
            assertThat(ids("Book", m("where", withAuthor, "orderBy", List.of(m("author", m("name", "desc")), m("id", "asc")))))
                    .containsExactly(5, 3, 1, 2);
            assertThat(ids("Book", m("where", m("author", m("is", m("agentId", m("not", null)))),
                    "orderBy", List.of(m("author", m("agent", m("name", "asc"))), m("id", "asc"))))).containsExactly(3, 1, 2);
            assertThat(ids("Book", m("orderBy", List.of(m("author", m("country", m("sort", "asc", "nulls", "first"))), m("id", "desc")))))
                    .containsExactly(4, 3, 2, 1, 5);
            assertThat(ids("Book", m("where", withAuthor, "orderBy", List.of(m("author", m("name", "asc")), m("id", "desc")), "take", 2)))
                    .containsExactly(2, 1);
            assertThat(statements).hasSize(4);
            assertThat(statements.get(1)).contains("LEFT JOIN");
        }

        @Test
        void orderByRelationCounts() {
            assertThat(ids("Author", m("orderBy", List.of(m("books", m("_count", "desc")), m("id", "asc"))))).containsExactly(1, 2, 3);
            assertThat(ids("Author", m("orderBy", List.of(m("books", m("_count", "asc")), m("id", "asc")), "take", 2))).containsExactly(2, 3);
            assertThat(ids("Book", m("orderBy", List.of(m("author", m("books", m("_count", "desc"))), m("id", "asc")))))
                    .containsExactly(1, 2, 3, 5, 4);
            assertThat(ids("Agent", m("orderBy", List.of(m("authors", m("_count", "desc")), m("id", "desc"))))).containsExactly(2, 1);
            assertThat(statements).hasSize(4);
        }

        @Test
        void orderByRelationInsideAnInclude() {
            List<Map<String, Object>> authors = (List<Map<String, Object>>) client.execute("Author", "findMany", m(
                    "select", m("id", true, "books", m("orderBy", List.of(m("author", m("name", "asc")), m("id", "desc")),
                            "select", m("id", true), "take", 1)), "orderBy", m("id", "asc")));
            assertThat(authors).containsExactly(m("id", 1, "books", List.of(m("id", 2))), m("id", 2, "books", List.of(m("id", 3))),
                    m("id", 3, "books", List.of(m("id", 5))));
            assertThat(statements).hasSize(2);
        }

        @Test
        void orderByRelationValidation() {
            AggregateTest.OnDatabase.assertInvalid(() -> ids("Book", m("orderBy", m("author", m("name", "asc", "id", "desc")))),
                    "needs exactly one argument, but you provided name and id");
            AggregateTest.OnDatabase.assertInvalid(() -> ids("Book", m("orderBy", m("author", m("name", m("sort", "asc", "nulls", "first"))))),
                    "nulls applies to optional fields");
            AggregateTest.OnDatabase.assertInvalid(() -> ids("Author", m("orderBy", m("books", m("title", "asc")))), "Unknown argument `title`");
        }

        @Test
        void cursorWithRelationOrdersStartsAtTheCursorRecord() {
            Map<String, Object> countryNullsLast = m("author", m("country", m("sort", "asc", "nulls", "last")));
            assertThat(ids("Book", m("orderBy", List.of(countryNullsLast, m("id", "asc")), "cursor", m("id", 1))))
                    .containsExactly(1, 2, 5, 3, 4);
            assertThat(ids("Book", m("orderBy", List.of(m("author", m("country", m("sort", "desc", "nulls", "first"))), m("id", "asc")),
                    "cursor", m("id", 5)))).containsExactly(5, 1, 2);
            assertThat(ids("Book", m("orderBy", List.of(countryNullsLast, m("id", "asc")), "cursor", m("id", 1), "take", 2, "skip", 1)))
                    .containsExactly(2, 5);
            assertThat(ids("Book", m("orderBy", List.of(countryNullsLast, m("id", "asc")), "cursor", m("id", 5), "take", -2)))
                    .containsExactly(2, 5);
            assertThat(ids("Book", m("where", m("authorId", m("not", null)), "orderBy", List.of(m("author", m("name", "asc")), m("id", "asc")),
                    "cursor", m("id", 2)))).containsExactly(2, 3, 5);
            assertThat(ids("Author", m("orderBy", List.of(m("books", m("_count", "desc")), m("id", "asc")), "cursor", m("id", 2))))
                    .containsExactly(2, 3);
            assertThat(statements).hasSize(6);
        }

        @Test
        void distinctKeepsTheFirstRecordOfEachValueInOrder() {
            assertThat(client.execute("Book", "findMany", m("distinct", List.of("genre"), "orderBy", m("id", "desc"),
                    "select", m("id", true, "genre", true))))
                    .isEqualTo(List.of(m("id", 5, "genre", "bio"), m("id", 4, "genre", "sci"), m("id", 2, "genre", "fic")));
            assertThat(ids("Book", m("distinct", List.of("genre"), "take", 2, "skip", 1))).containsExactly(3, 5);
            assertThat(ids("Book", m("distinct", List.of("genre"), "take", -2, "orderBy", m("id", "asc")))).containsExactly(4, 5);
            assertThat(ids("Book", m("distinct", List.of("genre"), "cursor", m("id", 2)))).containsExactly(2, 3, 5);
            assertThat(ids("Book", m("distinct", List.of("genre", "authorId"), "orderBy", m("id", "asc")))).containsExactly(1, 3, 4, 5);
            assertThat(ids("Book", m("distinct", "genre", "orderBy", m("id", "asc")))).containsExactly(1, 3, 5);
            Map<String, Object> first = (Map<String, Object>) client.execute("Book", "findFirst",
                    m("distinct", List.of("authorId"), "orderBy", m("sold", "desc"), "select", m("id", true)));
            assertThat(first).isEqualTo(m("id", 2));
            assertThat(statements).hasSize(7);
        }

        @Test
        void distinctInsideAnInclude() {
            Object authors = client.execute("Author", "findMany", m("select", m("id", true,
                    "books", m("distinct", List.of("genre"), "orderBy", m("id", "desc"), "select", m("id", true))), "orderBy", m("id", "asc")));
            assertThat(authors).isEqualTo(List.of(m("id", 1, "books", List.of(m("id", 2))), m("id", 2, "books", List.of(m("id", 3))),
                    m("id", 3, "books", List.of(m("id", 5)))));
            Object paged = client.execute("Author", "findMany", m("select", m("id", true,
                    "books", m("distinct", List.of("authorId"), "take", -1, "orderBy", m("id", "asc"), "select", m("id", true))),
                    "where", m("id", 1)));
            assertThat(paged).isEqualTo(List.of(m("id", 1, "books", List.of(m("id", 2)))));
            assertThat(statements).hasSize(4);
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
