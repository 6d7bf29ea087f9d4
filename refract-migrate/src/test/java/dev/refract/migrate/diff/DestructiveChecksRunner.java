package dev.refract.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.testing.Calculated;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Destructive-change checks against a database holding data: the checker counts rows and values
 * through {@link DatabaseInspection#jdbc} and words its messages with the counts, or says nothing
 * when no data is at stake.
 */
final class DestructiveChecksRunner {
    private final String provider;
    private final TestDatabase database;
    private final Dialect dialect;

    DestructiveChecksRunner(String provider, TestDatabase database) {
        this.provider = provider;
        this.database = database;
        this.dialect = Dialect.of(Provider.parse(provider).orElseThrow());
    }

    /** The warnings and unexecutable messages of migrating from {@code from} to {@code to} after {@code inserts}. */
    List<String> messages(String from, String to, String... inserts) throws SQLException {
        SqlSchema fromSchema = Calculated.models(provider, from);
        SqlSchema toSchema = Calculated.models(provider, to);
        SchemaDiffer differ = SchemaDiffer.of(dialect);
        Migration migration = differ.diff(fromSchema, toSchema);
        try (Connection connection = database.open()) {
            DiffCaseRunner.empty(connection, database.kind());
            SqlSchema empty = new SqlSchema(List.of(), List.of(), List.of(), List.of());
            DiffCaseRunner.apply(connection,
                    MigrationRenderer.of(dialect).script(differ.diff(empty, fromSchema)), "setup");
            for (String insert : inserts) {
                connection.createStatement().execute(insert.replace('`', dialect.quote("x").charAt(0)));
            }
            DestructiveChanges changes = differ.check(migration, DatabaseInspection.jdbc(connection, dialect));
            DestructiveChanges pure = differ.check(migration, DatabaseInspection.none());
            assertThat(changes.warnings().size() + changes.unexecutable().size())
                    .as("counts only ever remove findings").isLessThanOrEqualTo(
                            pure.warnings().size() + pure.unexecutable().size());
            return java.util.stream.Stream.concat(changes.warnings().stream(), changes.unexecutable().stream())
                    .map(DestructiveChanges.Finding::description).toList();
        }
    }
}
