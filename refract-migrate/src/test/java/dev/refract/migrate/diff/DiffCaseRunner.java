package dev.refract.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.testing.Calculated;
import dev.refract.migrate.testing.Goldens;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the diff cases for one database: the rendered migration and summary must equal the golden
 * files, and the migration must run on a real database brought to the "from" state first.
 */
final class DiffCaseRunner {
    private final String provider;
    private final TestDatabase database;
    private final Dialect dialect;

    /** Runs the cases of {@code provider} on {@code database}, emptied before each case. */
    DiffCaseRunner(String provider, TestDatabase database) {
        this.provider = provider;
        this.database = database;
        this.dialect = Dialect.of(Provider.parse(provider).orElseThrow());
    }

    Stream<DynamicTest> tests() {
        return DiffCase.all().stream().filter(c -> c.appliesTo(provider))
                .map(c -> DynamicTest.dynamicTest(c.name(), c.dir().toUri(), () -> run(c)));
    }

    void run(DiffCase c) throws SQLException {
        SqlSchema from = Calculated.models(provider, c.from());
        SqlSchema to = Calculated.models(provider, c.to());
        SchemaDiffer differ = SchemaDiffer.of(dialect);
        MigrationRenderer renderer = MigrationRenderer.of(dialect);

        Migration migration = differ.diff(from, to);
        DestructiveChanges risks = differ.check(migration, DatabaseInspection.none());
        String script = renderer.script(migration, risks) + (migration.isEmpty() ? "\n" : "");
        Goldens.check(c.dir().resolve(provider + ".sql"), script);
        Goldens.check(c.dir().resolve(provider + ".summary.txt"), DriftSummary.render(migration) + "\n");

        assertThat(differ.diff(to, to).steps()).as("diffing the target with itself").isEmpty();

        SqlSchema empty = new SqlSchema(from.namespaces(), List.of(), List.of(), List.of());
        try (Connection connection = database.open()) {
            empty(connection, database.kind());
            apply(connection, renderer.script(differ.diff(empty, from)), "setting up the from schema");
            apply(connection, script, "the migration");
            assertNoDrift(connection, to, c);
        }
    }

    /**
     * The database the migration left behind, described, is the target: diffing it again gives no
     * steps, unless the case's {@code <provider>.drift.sql} holds the next migration (see {@link DiffCase}).
     */
    private void assertNoDrift(Connection connection, SqlSchema to, DiffCase c) throws SQLException {
        SqlSchema described = Describer.forDialect(dialect, List.of()).describe(connection);
        SchemaDiffer differ = isMariaDb(connection) ? SchemaDiffer.mariaDb() : SchemaDiffer.of(dialect);
        Migration drift = differ.diff(described, to);
        Goldens.check(c.dir().resolve(provider + ".drift.sql"),
                drift.isEmpty() ? null : MigrationRenderer.of(dialect).script(drift));
    }

    static boolean isMariaDb(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
    }

    /** Drops everything a previous case left behind. */
    static void empty(Connection connection, DatabaseKind kind) throws SQLException {
        try (Statement s = connection.createStatement()) {
            switch (kind) {
                case POSTGRES -> s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
                case MYSQL -> {
                    List<String> tables = names(s, "SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE()");
                    s.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String t : tables) {
                        s.execute("DROP TABLE `" + t + "`");
                    }
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                case SQLITE -> {
                    List<String> tables = names(s, "SELECT name FROM sqlite_master WHERE type = 'table'"
                            + " AND name NOT LIKE 'sqlite_%'");
                    s.execute("PRAGMA foreign_keys = OFF");
                    for (String t : tables) {
                        s.execute("DROP TABLE \"" + t + "\"");
                    }
                    s.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static List<String> names(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Runs a migration script statement by statement, as a migration runner would. */
    static void apply(Connection connection, String script, String what) throws SQLException {
        for (String statement : statements(script)) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            } catch (SQLException e) {
                throw new SQLException("running " + what + " failed at:\n" + statement + "\n" + e.getMessage(), e);
            }
        }
    }

    static List<String> statements(String script) {
        String body = script;
        if (body.startsWith("/*")) {
            body = body.substring(body.indexOf("*/") + 2);
        }
        List<String> out = new ArrayList<>();
        for (String chunk : body.split(";\n")) {
            String sql = chunk.lines().filter(l -> !l.startsWith("--")).reduce((a, b) -> a + "\n" + b).orElse("")
                    .trim();
            if (!sql.isEmpty()) {
                out.add(sql);
            }
        }
        return out;
    }
}
