package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.DatabaseInspection;
import dev.refract.migrate.diff.DestructiveChanges;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.history.Migrations;
import dev.refract.migrate.history.MigrationsDirectory;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code migrate dev}, step by step as Prisma's CLI and schema engine run it. */
final class DevWorkflow {
    private final Project project;
    private final Migrations migrations;
    private final Clock clock;

    DevWorkflow(Project project, Migrations migrations, Clock clock) {
        this.project = project;
        this.migrations = migrations;
        this.clock = clock;
    }

    DevResult run(boolean createOnly, DevListener listener) {
        MigrationsDirectory folder = MigrationsDirectory.read(project.migrationsDirectory());
        folder.checkProvider(project.provider());
        Optional<String> created = migrations.ensureDatabaseExists();
        created.ifPresent(listener::databaseCreated);
        Dialect dialect = project.dialect();
        try (ShadowDatabase shadow = ShadowDatabase.open(project.provider(), project.shadowDatabaseUrl(),
                Optional.of(project.url()), project.namespaces())) {
            boolean extensions = Databases.managesExtensions(project.schema());
            HistoryDiagnosis.Diagnosis diagnosis = HistoryDiagnosis.run(project.url(), project.namespaces(),
                    extensions, folder, shadow);
            boolean reset = false;
            Optional<String> reason = diagnosis.resetReason();
            if (reason.isPresent()) {
                if (!listener.confirmReset(reason.get())) {
                    return DevResult.cancelled(created, false, List.of());
                }
                dialect.connections().reset(project.url(), project.namespaces());
                reset = true;
            }
            List<String> appliedPending = migrations.deploy().applied();
            if (!appliedPending.isEmpty()) {
                listener.migrationsApplied(appliedPending);
            }

            SqlSchema target = SqlSchemaCalculator.calculate(project.schema(), dialect);
            Migration migration;
            DestructiveChanges risks;
            SchemaDiffer differ;
            try (Connection connection = dialect.connections().open(project.url())) {
                differ = SchemaDiffer.of(dialect, connection);
                migration = differ.diff(Databases.forDiff(diagnosis.historySchema(), extensions), target);
                risks = differ.check(migration, DatabaseInspection.jdbc(connection, dialect));
            } catch (SQLException e) {
                throw ConnectionErrors.unexpected(e.getMessage(), e);
            }
            if (!risks.unexecutable().isEmpty()) {
                listener.unexecutable(risks.unexecutable(), createOnly);
            }
            if (!risks.warnings().isEmpty() && !listener.confirmWarnings(risks.warnings(), createOnly)) {
                return DevResult.cancelled(created, reset, appliedPending);
            }
            if (migration.isEmpty() && !createOnly) {
                return new DevResult(created, reset, appliedPending, Optional.empty(), List.of(), false);
            }
            Optional<String> name = listener.migrationName();
            if (name.isEmpty()) {
                return DevResult.cancelled(created, reset, appliedPending);
            }
            String script = MigrationRenderer.of(dialect)
                    .script(migration, differ.check(migration, DatabaseInspection.none()));
            String folderName = write(MigrationNames.slug(name.get()), script, folder.names());
            if (createOnly) {
                return new DevResult(created, reset, appliedPending, Optional.of(folderName), List.of(), false);
            }
            List<String> appliedCreated = migrations.deploy().applied();
            return new DevResult(created, reset, appliedPending, Optional.of(folderName), appliedCreated, false);
        }
    }

    /** Writes {@code <timestamp>_<name>/migration.sql} and the lock file, as Prisma's create_migration. */
    private String write(String slug, String script, List<String> existing) {
        Path directory = project.migrationsDirectory();
        String folderName = MigrationNames.folderName(clock, slug, existing);
        Path folder = directory.resolve(folderName);
        try {
            Files.createDirectories(directory);
            Files.createDirectory(folder);
            Files.writeString(folder.resolve("migration.sql"), script, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new DatabaseException(DatabaseException.NO_CODE, "The migration directory already exists at "
                    + folder, Map.of("path", folder.toString()), e);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.NO_CODE, "Failed to write the migration script to "
                    + folder + ": " + e.getMessage(), Map.of("path", folder.toString()), e);
        }
        MigrationsDirectory.writeLockFile(directory, project.provider());
        return folderName;
    }
}
