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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** queryRaw, executeRaw and their unsafe variants: bound values, typed results, records, transactions, P2010. */
class RawSqlTest {

    enum Role { USER, ADMIN }

    record UserRow(int id, String email, Instant createdAt, Role role) {
    }

    record Loose(long userId, LocalDateTime created, String name) {
    }

    abstract static class OnDatabase extends BlogDatabase {

        /** A quoted identifier, spliced as SQL (program text, not a value). */
        Sql q(String identifier) {
            return Sql.raw(dialect().quote(identifier));
        }

        @Test
        void queryRawBindsValuesAndTypesResults() {
            List<Map<String, Object>> rows = client.queryRaw(Sql.of("SELECT ", q("id"), ", ", q("email"), ", ", q("createdAt"),
                    " FROM ", q("User"), " WHERE ", q("id"), " = ", 2));
            assertThat(rows).hasSize(1);
            Map<String, Object> bob = rows.get(0);
            assertThat(bob.keySet()).containsExactly("id", "email", "createdAt");
            assertThat(bob.get("id")).isEqualTo(2);
            assertThat(bob.get("email")).isEqualTo("bob@y.io");
            assertThat(bob.get("createdAt")).isEqualTo(DAY1.plusSeconds(86400));
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).endsWith(" = ?");
        }

        @Test
        void aStringValueIsBoundNeverSpliced() {
            String hostile = "x' OR '1'='1";
            assertThat(client.queryRaw(Sql.of("SELECT ", q("id"), " FROM ", q("User"), " WHERE ", q("email"), " = ", hostile))).isEmpty();
            assertThat(statements.get(0)).doesNotContain("OR").endsWith("= ?");
        }

        @Test
        void templatesJoinsAndEnums() {
            Sql inList = Sql.template("SELECT {} FROM {} WHERE {} IN ({}) ORDER BY {}", q("id"), q("User"), q("id"),
                    Sql.join(List.of(1, 3, 4), ", "), q("id"));
            assertThat(client.queryRaw(inList)).extracting(r -> r.get("id")).containsExactly(1, 3, 4);
            List<Map<String, Object>> admins = client.queryRaw(Sql.of("SELECT ", q("id"), " FROM ", q("User"), " WHERE ",
                    q("role"), " = ", Role.ADMIN));
            assertThat(admins).extracting(r -> r.get("id")).containsExactly(1);
        }

        @Test
        void countsAreLongsAndAggregatesKeepTheirTypes() {
            Map<String, Object> row = client.queryRaw(Sql.of("SELECT COUNT(*) AS n, SUM(", q("id"), ") AS total, MAX(",
                    q("email"), ") AS last, CAST(1.5 AS DECIMAL(10,2)) AS price FROM ", q("User"))).get(0);
            assertThat(row.get("n")).isEqualTo(provider() == Provider.SQLITE ? (Object) 4 : (Object) 4L);
            assertThat(row.get("last")).isEqualTo("dee@z.io");
            assertThat(((Number) row.get("total")).longValue()).isEqualTo(10L);
            if (provider() != Provider.SQLITE) {
                assertThat(row.get("price")).isEqualTo(new BigDecimal("1.50"));
            }
        }

        @Test
        void rowsMapToRecordsByName() {
            List<UserRow> users = client.queryRaw(Sql.of("SELECT ", q("id"), ", ", q("email"), ", ", q("createdAt"), ", ", q("role"),
                    " FROM ", q("User"), " ORDER BY ", q("id")), UserRow.class);
            assertThat(users).hasSize(4);
            assertThat(users.get(0)).isEqualTo(new UserRow(1, "ann@x.io", DAY1, Role.ADMIN));
            assertThatThrownBy(() -> client.queryRaw(Sql.of("SELECT ", q("id"), " FROM ", q("User")), UserRow.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("component `email`");
        }

        @Test
        void snakeCaseColumnsAndConversions() {
            List<Loose> rows = client.queryRaw(Sql.of("SELECT ", q("userId"), " AS user_id, ", q("bio"), " AS NAME, ",
                    q("createdAt"), " AS created FROM ", q("Profile"), " JOIN ", q("User"), " ON ", q("User"), ".", q("id"), " = ",
                    q("Profile"), ".", q("userId"), " ORDER BY ", q("userId")), Loose.class);
            assertThat(rows).containsExactly(new Loose(1, LocalDateTime.parse("2024-01-01T10:00:00"), "ann bio"),
                    new Loose(2, LocalDateTime.parse("2024-01-02T10:00:00"), "bob bio"));
        }

        @Test
        void executeRawCountsChangedRowsAndJoinsTransactions() {
            Sql rename = Sql.of("UPDATE ", q("Post"), " SET ", q("title"), " = ", "renamed", " WHERE ", q("authorId"), " = ", 1);
            assertThatThrownBy(() -> client.transaction(tx -> {
                assertThat(client.executeRaw(rename)).isEqualTo(3);
                assertThat(client.queryRaw(Sql.of("SELECT COUNT(*) AS n FROM ", q("Post"), " WHERE ", q("title"), " = ", "renamed"))
                        .get(0).get("n")).isIn(3, 3L);
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(client.queryRaw(Sql.of("SELECT ", q("id"), " FROM ", q("Post"), " WHERE ", q("title"), " = ", "renamed"))).isEmpty();
        }

        @Test
        void failuresAreP2010WithTheDatabasesCode() {
            String expectedCode = switch (provider()) {
                case POSTGRESQL -> "23505";
                case MYSQL -> "1062";
                default -> "2067";
            };
            assertThatThrownBy(() -> client.executeRaw(Sql.of("UPDATE ", q("User"), " SET ", q("email"), " = ", "ann@x.io",
                    " WHERE ", q("id"), " = ", 2)))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2010");
                        assertThat(e.meta()).containsEntry("code", expectedCode);
                        assertThat(e.getMessage()).startsWith("Raw query failed. Code: `" + expectedCode + "`. Message: `")
                                .doesNotContain("(conn=").doesNotContain("ERROR:").doesNotContain("[SQLITE");
                    });
            assertThatThrownBy(() -> client.queryRaw(Sql.of("SELECT * FROM ", q("Nope"))))
                    .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2010"));
        }

        @Test
        void unsafeVariantsTakeTextAndPlaceholders() {
            String table = dialect().quote("User");
            assertThat(client.queryRawUnsafe("SELECT email FROM " + table + " WHERE id = ?", 3))
                    .containsExactly(Map.of("email", "Cid@X.io"));
            assertThat(client.queryRawUnsafe(UserRow.class, "SELECT id, email, " + dialect().quote("createdAt") + ", role FROM "
                    + table + " WHERE id = ?", 1)).extracting(UserRow::role).containsExactly(Role.ADMIN);
            assertThat(client.executeRawUnsafe("UPDATE " + table + " SET name = name WHERE id > ?", 2)).isEqualTo(2);
        }

        @Test
        @SuppressWarnings("unchecked")
        void dynamicActions() {
            String table = dialect().quote("User");
            List<Map<String, Object>> rows = (List<Map<String, Object>>) client.execute(null, "queryRaw",
                    m("query", "SELECT id FROM " + table + " WHERE id IN (?, ?) ORDER BY id", "parameters", List.of(4, 2)));
            assertThat(rows).extracting(r -> r.get("id")).containsExactly(2, 4);
            assertThat(client.execute(null, "executeRaw", m("query", "UPDATE " + table + " SET name = name WHERE id = ?",
                    "parameters", List.of(1)))).isEqualTo(1);
            assertThatThrownBy(() -> client.execute(null, "queryRaw", m("parameters", List.of())))
                    .isInstanceOf(RefractValidationException.class);
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

        @Test
        @SuppressWarnings("unchecked")
        void prismasNumberedPlaceholdersWork() {
            List<Map<String, Object>> rows = (List<Map<String, Object>>) client.execute(null, "queryRaw",
                    m("query", "SELECT id, '$1' AS text FROM \"User\" WHERE id = $2 OR id = $1 ORDER BY id", "parameters", List.of(1, 3)));
            assertThat(rows).extracting(r -> r.get("id")).containsExactly(1, 3);
            assertThat(rows.get(0).get("text")).isEqualTo("$1");
            assertThat(client.queryRawUnsafe("SELECT $1::int + $1::int AS twice", 21)).containsExactly(Map.of("twice", 42));
        }

        @Test
        void postgresTypesAsPrismaTypesThem() {
            Map<String, Object> row = client.queryRaw(Sql.of("SELECT 9007199254740993::bigint AS b, 12.50::numeric(10,2) AS d,"
                    + " 1.5::float8 AS f, TIMESTAMPTZ '2024-01-02 03:04:05+02' AS tz, DATE '2024-01-02' AS dt, TIME '12:34:56' AS tm,"
                    + " '{\"a\": [1, 2]}'::jsonb AS j, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, '\\xdeadbeef'::bytea AS by,"
                    + " true AS bo, ARRAY[1, 2] AS arr, 7::smallint AS sm, ", 5, "::int AS bound")).get(0);
            assertThat(row.get("b")).isEqualTo(9007199254740993L);
            assertThat(row.get("d")).isEqualTo(new BigDecimal("12.50"));
            assertThat(row.get("f")).isEqualTo(1.5);
            assertThat(row.get("tz")).isEqualTo(Instant.parse("2024-01-02T01:04:05Z"));
            assertThat(row.get("dt")).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
            assertThat(row.get("tm")).isEqualTo(Instant.parse("1970-01-01T12:34:56Z"));
            assertThat(row.get("j")).isEqualTo("{\"a\": [1, 2]}");
            assertThat(row.get("u")).isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
            assertThat(row.get("by")).isEqualTo(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
            assertThat(row.get("bo")).isEqualTo(true);
            assertThat(row.get("arr")).isEqualTo(List.of(1, 2));
            assertThat(row.get("sm")).isEqualTo(7);
            assertThat(row.get("bound")).isEqualTo(5);
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
