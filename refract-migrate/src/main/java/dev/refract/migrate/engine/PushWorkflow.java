package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.connect.ScriptFailure;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.DatabaseInspection;
import dev.refract.migrate.diff.DestructiveChanges;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.history.Migrations;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code db push}: makes the database match the schema without a migration: describe, calculate,
 * diff, check the changes against the data, then run them. Data-loss warnings need the caller's
 * consent (its {@code --accept-data-loss} or a prompt); unexecutable steps stop it.
 */
final class PushWorkflow {
    private final Project project;
    private final Migrations migrations;

    PushWorkflow(Project project, Migrations migrations) {
        this.project = project;
        this.migrations = migrations;
    }

    PushResult run(boolean forceReset, PushListener listener) {
        Optional<String> created = migrations.ensureDatabaseExists();
        created.ifPresent(listener::databaseCreated);
        Dialect dialect = project.dialect();
        if (forceReset) {
            dialect.connections().reset(project.url(), project.namespaces());
            listener.reset();
        }
        SqlSchema target = SqlSchemaCalculator.calculate(project.schema(), dialect);
        try (Connection connection = dialect.connections().openForScripts(project.url())) {
            dialect.migrations().prepare(connection, project.url());
            SqlSchema current = Databases.forDiff(Describer.forDialect(dialect, project.describedNamespaces())
                    .describe(connection), Databases.managesExtensions(project.schema()));
            SchemaDiffer differ = SchemaDiffer.of(dialect, connection);
            Migration migration = differ.diff(current, target);
            DestructiveChanges risks = differ.check(migration, DatabaseInspection.jdbc(connection, dialect));
            if (!risks.unexecutable().isEmpty()) {
                listener.unexecutable(risks.unexecutable());
            }
            if (!risks.warnings().isEmpty() && !listener.confirmWarnings(risks.warnings())) {
                return new PushResult(created, forceReset, 0, risks.warnings(), true);
            }
            if (!migration.isEmpty()) {
                try {
                    dialect.connections().runScript(connection, MigrationRenderer.of(dialect).script(migration));
                } catch (ScriptFailure failure) {
                    dialect.connections().abandonTransaction(connection);
                    throw EngineErrors.pushFailed(failure);
                }
            }
            return new PushResult(created, forceReset, migration.steps().size(), risks.warnings(), false);
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }
}
