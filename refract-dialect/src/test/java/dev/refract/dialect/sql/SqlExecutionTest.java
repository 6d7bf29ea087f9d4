package dev.refract.dialect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The same statement trees, rendered per dialect, run on the real databases with the same results. */
class SqlExecutionTest {

    abstract static class OnDatabase {
        abstract Dialect dialect();

        abstract TestDatabase db();

        abstract String createTable();

        @BeforeAll
        void createAndSeed() throws SQLException {
            db().execute(createTable());
            for (String[] row : new String[][] {{"1", "ann@x.io", "Ann"}, {"2", "bob@y.io", null}, {"3", "50%_off@z.io", "Zed"}}) {
                Insert insert = new Insert(TableRef.of("Person"), List.of("id", "email", "name"),
                        List.of(List.of(Expr.param(Integer.valueOf(row[0])), Expr.param(row[1]), Expr.param(row[2]))),
                        null, List.of());
                run(SqlRenderer.render(dialect(), insert));
            }
        }

        List<List<Object>> query(Select select) throws SQLException {
            RenderedSql r = SqlRenderer.render(dialect(), select);
            try (Connection c = db().open(); PreparedStatement ps = c.prepareStatement(r.sql())) {
                bind(ps, r.parameters());
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        }

        int run(RenderedSql r) throws SQLException {
            try (Connection c = db().open(); PreparedStatement ps = c.prepareStatement(r.sql())) {
                bind(ps, r.parameters());
                return ps.executeUpdate();
            }
        }

        private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
        }

        private Select people() {
            return Select.from(TableRef.of("Person").as("p")).columns("p", List.of("id"));
        }

        /** Restricts to the three seeded rows (the upsert test adds its own, from id 20). */
        private static Expr seeded(Expr condition) {
            Expr seedIds = new Expr.Binary(Expr.column("p", "id"), Expr.Op.LT, Expr.param(10));
            return condition == null ? seedIds : Expr.and(List.of(condition, seedIds));
        }

        @Test
        void filtersOrdersAndPagesWithBoundValues() throws SQLException {
            Select s = people().where(seeded(new Expr.IsNull(Expr.column("p", "name"), true)))
                    .orderBy(List.of(Select.Order.desc(Expr.column("p", "id")))).limit(1L).offset(1L);
            assertThat(query(s)).containsExactly(List.of("1"));
        }

        @Test
        void likeWithEscapedWildcardsMatchesLiterally() throws SQLException {
            Select s = people().where(new Expr.Binary(Expr.column("p", "email"), Expr.Op.ILIKE, Expr.param("%50\\%\\_OFF%")));
            assertThat(query(s)).containsExactly(List.of("3"));
        }

        @Test
        void nullsLastAndOffsetWithoutLimit() throws SQLException {
            Select s = people().where(seeded(null))
                    .orderBy(List.of(new Select.Order(Expr.column("p", "name"), false, Select.NullsOrder.LAST)))
                    .offset(1L);
            assertThat(query(s)).containsExactly(List.of("3"), List.of("2"));
        }

        @Test
        void inListsAndExists() throws SQLException {
            Select s = people().where(Expr.and(List.of(
                    new Expr.In(Expr.column("p", "id"), List.of(Expr.param(1), Expr.param(2)), false),
                    new Expr.Exists(Select.from(TableRef.of("Person").as("q")).where(
                            Expr.eq(Expr.column("q", "id"), Expr.column("p", "id"))), false))))
                    .orderBy(List.of(Select.Order.asc(Expr.column("p", "id"))));
            assertThat(query(s)).containsExactly(List.of("1"), List.of("2"));
        }

        @Test
        void rowNumberKeepsTheFirstRowsOfEachPartition() throws SQLException {
            Expr hasName = new Expr.IsNull(Expr.column("p", "name"), true);
            Expr rn = new Expr.RowNumber(List.of(hasName), List.of(Select.Order.desc(Expr.column("p", "id"))));
            Select inner = Select.from(TableRef.of("Person").as("p"))
                    .items(List.of(new Select.Item(Expr.column("p", "id"), "id"), new Select.Item(rn, "rn")))
                    .where(seeded(null));
            Select s = Select.from(TableRef.derived(inner, "d")).columns("d", List.of("id"))
                    .where(Expr.eq(Expr.column("d", "rn"), Expr.param(1)))
                    .orderBy(List.of(Select.Order.asc(Expr.column("d", "id"))));
            assertThat(query(s)).containsExactly(List.of("2"), List.of("3"));
        }

        @Test
        void upsertUpdatesTheConflictingRowAndSkipDuplicatesSkips() throws SQLException {
            for (String name : List.of("first", "second")) {
                Insert upsert = new Insert(TableRef.of("Person"), List.of("id", "email", "name"),
                        List.of(List.of(Expr.param(20), Expr.param("u@x.io"), Expr.param(name))),
                        new Insert.OnConflict.DoUpdate(List.of("id"), List.of(new Update.Assignment("name", Expr.param(name)))),
                        List.of());
                run(SqlRenderer.render(dialect(), upsert));
            }
            Insert skip = new Insert(TableRef.of("Person"), List.of("id", "email", "name"),
                    List.of(List.of(Expr.param(20), Expr.param("dup@x.io"), Expr.param("dup"))),
                    new Insert.OnConflict.DoNothing(), List.of());
            assertThat(run(SqlRenderer.render(dialect(), skip))).isZero();
            Select s = Select.from(TableRef.of("Person").as("p")).columns("p", List.of("email", "name"))
                    .where(Expr.eq(Expr.column("p", "id"), Expr.param(20)));
            assertThat(query(s)).containsExactly(List.of("u@x.io", "second"));
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

        Dialect dialect() {
            return Dialect.of(Provider.POSTGRESQL);
        }

        TestDatabase db() {
            return db;
        }

        String createTable() {
            return "CREATE TABLE \"Person\" (\"id\" INTEGER PRIMARY KEY, \"email\" TEXT NOT NULL UNIQUE, \"name\" TEXT)";
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

        Dialect dialect() {
            return Dialect.of(Provider.MYSQL);
        }

        TestDatabase db() {
            return db;
        }

        String createTable() {
            return "CREATE TABLE `Person` (`id` INTEGER PRIMARY KEY, `email` VARCHAR(191) NOT NULL UNIQUE, `name` VARCHAR(191) NULL)";
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

        Dialect dialect() {
            return Dialect.of(Provider.SQLITE);
        }

        TestDatabase db() {
            return db;
        }

        String createTable() {
            return "CREATE TABLE \"Person\" (\"id\" INTEGER PRIMARY KEY, \"email\" TEXT NOT NULL UNIQUE, \"name\" TEXT)";
        }
    }
}
