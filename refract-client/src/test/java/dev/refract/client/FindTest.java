package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** findUnique, findFirst, OrThrow, ordering, paging, select/omit, counts and typed values, on each database. */
class FindTest {

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase extends BlogDatabase {

        @Test
        void findUniqueByIdAndByUniqueField() {
            Object byId = client.execute("User", "findUnique", m("where", m("id", 2)));
            assertThat(byId).isInstanceOf(Map.class);
            assertThat(((Map<?, ?>) byId).get("email")).isEqualTo("bob@y.io");
            Object byEmail = client.execute("User", "findUnique", m("where", m("email", "dee@z.io")));
            assertThat(((Map<?, ?>) byEmail).get("id")).isEqualTo(4);
            assertThat(client.execute("User", "findUnique", m("where", m("id", 99)))).isNull();
            assertThat(statements).hasSize(3);
        }

        @Test
        void resultValuesHaveTheClientTypes() {
            Map<String, Object> ann = (Map<String, Object>) client.execute("User", "findUnique", m("where", m("id", 1)));
            assertThat(ann.keySet()).containsExactly("id", "email", "name", "password", "role", "createdAt", "updatedAt");
            assertThat(ann.get("id")).isEqualTo(1);
            assertThat(ann.get("role")).isEqualTo("ADMIN");
            assertThat(ann.get("createdAt")).isEqualTo(DAY1);
            Map<?, ?> draft = (Map<?, ?>) client.execute("Post", "findUnique", m("where", m("id", 2)));
            assertThat(draft.get("published")).isEqualTo(Boolean.FALSE);
            assertThat(draft.get("content")).isNull();
        }

        @Test
        void negativeTakeKeepsThePrimaryKeyTieBreakerAscendingAsPrisma() {
            // published desc, then id ASC (Prisma's engine appends the key unflipped): 1, 3; turned back: 3, 1
            assertThat(ids("Post", m("orderBy", m("published", "asc"), "take", -2))).containsExactly(3, 1);
            // from the cursor on in that order: 4, 2; turned back: 2, 4
            assertThat(ids("Post", m("orderBy", m("published", "asc"), "cursor", m("id", 4), "take", -2))).containsExactly(2, 4);
        }

        @Test
        void anIntBeyondItsRangeFailsWithP2020() {
            assertThatThrownBy(() -> client.execute("User", "findMany", m("where", m("id", 3_000_000_000L))))
                    .isInstanceOf(RefractException.class).isNotInstanceOf(RefractValidationException.class)
                    .extracting(e -> ((RefractException) e).code()).isEqualTo("P2020");
        }

        @Test
        void findUniqueNeedsAUniqueCriterion() {
            assertThatThrownBy(() -> client.execute("User", "findUnique", m("where", m("name", "Ann"))))
                    .isInstanceOf(RefractValidationException.class)
                    .hasMessageContaining("UserWhereUniqueInput needs at least one of `id`, `email`")
                    .extracting(e -> ((RefractException) e).code()).isEqualTo("P2009");
        }

        @Test
        void orThrowActionsFailWithP2025() {
            assertThatThrownBy(() -> client.execute("User", "findUniqueOrThrow", m("where", m("id", 99))))
                    .isInstanceOf(RefractException.class).hasMessage("No record was found for a query.")
                    .extracting(e -> ((RefractException) e).code()).isEqualTo("P2025");
            assertThatThrownBy(() -> client.execute("Post", "findFirstOrThrow", m("where", m("title", "nope"))))
                    .extracting(e -> ((RefractException) e).meta().get("modelName")).isEqualTo("Post");
            assertThat(((Map<?, ?>) client.execute("User", "findUniqueOrThrow", m("where", m("id", 3)))).get("email"))
                    .isEqualTo("Cid@X.io");
        }

        @Test
        void findFirstTakesTheFirstInOrderAndNegativeTakeTheLast() {
            Map<?, ?> first = (Map<?, ?>) client.execute("Post", "findFirst", m("orderBy", m("title", "asc")));
            assertThat(first.get("title")).isEqualTo("Bob's");
            Map<?, ?> last = (Map<?, ?>) client.execute("Post", "findFirst", m("orderBy", m("title", "asc"), "take", -1));
            assertThat(last.get("title")).isEqualTo("Second");
        }

        @Test
        void orderingWithNullsFirstAndLast() {
            assertThat(ids("User", m("orderBy", List.of(m("name", m("sort", "asc", "nulls", "first")), m("id", "asc")))))
                    .first().isEqualTo(2);
            assertThat(ids("User", m("orderBy", m("name", m("sort", "desc", "nulls", "last"))))).last().isEqualTo(2);
            assertThat(ids("Post", m("orderBy", List.of(m("published", "asc"), m("id", "desc"))))).containsExactly(2, 4, 3, 1);
        }

        @Test
        void takeSkipAndNegativeTake() {
            assertThat(ids("Post", m("orderBy", m("id", "asc"), "take", 2, "skip", 1))).containsExactly(2, 3);
            assertThat(ids("Post", m("orderBy", m("id", "asc"), "take", -2))).containsExactly(3, 4);
            assertThat(ids("Post", m("orderBy", m("id", "asc"), "take", -2, "skip", 1))).containsExactly(2, 3);
            assertThat(ids("Post", m("skip", 3))).containsExactly(4);
        }

        @Test
        void cursorStartsAtTheRecordInTheOrder() {
            assertThat(ids("Post", m("cursor", m("id", 2), "take", 2, "orderBy", m("id", "asc")))).containsExactly(2, 3);
            assertThat(ids("Post", m("cursor", m("id", 2), "take", 2, "skip", 1, "orderBy", m("id", "asc")))).containsExactly(3, 4);
            assertThat(ids("Post", m("cursor", m("id", 3), "take", -2, "orderBy", m("id", "asc")))).containsExactly(2, 3);
            assertThat(ids("Post", m("cursor", m("id", 99), "take", 2))).isEmpty();
        }

        @Test
        void selectAndOmitShapeTheRecords() {
            List<Map<String, Object>> users = many("User", m("select", m("email", true, "name", true), "where", m("id", 1)));
            assertThat(users).containsExactly(m("email", "ann@x.io", "name", "Ann"));
            Map<String, Object> omitted = many("User", m("omit", m("password", true), "where", m("id", 1))).get(0);
            assertThat(omitted).doesNotContainKey("password").containsKeys("id", "email", "role");
        }

        @Test
        void countWithAndWithoutSelect() {
            assertThat(client.execute("Post", "count", m())).isEqualTo(4);
            assertThat(client.execute("Post", "count", m("where", m("published", true)))).isEqualTo(3);
            assertThat(client.execute("Post", "count", m("take", 2, "skip", 1))).isEqualTo(2);
            assertThat(client.execute("User", "count", m("select", m("_all", true, "name", true))))
                    .isEqualTo(m("_all", 4, "name", 3));
            assertThat(statements).hasSize(4);
        }

        @Test
        void unknownFieldsArgumentsAndWrongTypesAreP2009() {
            assertThatThrownBy(() -> many("User", m("where", m("nope", 1))))
                    .hasMessageContaining("Unknown argument `nope`").hasMessageContaining("`where.nope`");
            assertThatThrownBy(() -> many("User", m("wher", m())))
                    .hasMessageContaining("Unknown argument `wher`");
            assertThatThrownBy(() -> many("User", m("where", m("id", "one"))))
                    .hasMessageContaining("expected Int").hasMessageContaining("`where.id`");
            assertThatThrownBy(() -> many("User", m("where", m("id", m("contains", "1")))))
                    .hasMessageContaining("applies to String fields");
            assertThatThrownBy(() -> many("User", m("include", m("email", true))))
                    .hasMessageContaining("include statements only accept relation fields");
            assertThatThrownBy(() -> many("User", m("select", m("id", true), "include", m("posts", true))))
                    .hasMessageContaining("not both");
            assertThatThrownBy(() -> many("User", m("where", m("role", "OWNER")))).hasMessageContaining("enum Role");
            assertThat(statements).isEmpty();
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
