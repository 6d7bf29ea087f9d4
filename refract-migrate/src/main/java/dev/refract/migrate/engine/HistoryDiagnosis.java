package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.migrations.MigrationSupport;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.history.LocalMigration;
import dev.refract.migrate.history.MigrationRecord;
import dev.refract.migrate.history.MigrationsDirectory;
import dev.refract.migrate.history.MigrationsTable;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check {@code migrate dev} starts with (Prisma's {@code devDiagnostic}): compares the
 * migrations folder with {@code _prisma_migrations}, replays the applied migrations in the shadow
 * database and compares the result with the development database (drift), then replays the rest to
 * prove every migration still applies (P3006 otherwise). Afterwards the shadow database holds the
 * whole history, whose schema {@link Diagnosis#historySchema()} returns.
 */
final class HistoryDiagnosis {
    private HistoryDiagnosis() {
    }

    /**
     * What was found.
     *
     * @param hasMigrationsTable whether the database has {@code _prisma_migrations}
     * @param failed             migrations whose last run failed
     * @param edited             applied migrations whose script changed since
     * @param drift              the drift summary, when the database differs from its applied history
     * @param databaseOnly       migrations in the database but not in the folder
     * @param folderOnly         migrations in the folder but not in the database
     * @param lastCommon         the last migration before the first one missing from the database
     * @param historySchema      the schema the whole folder produces
     */
    record Diagnosis(boolean hasMigrationsTable, List<String> failed, List<String> edited, Optional<String> drift,
            List<String> databaseOnly, List<String> folderOnly, Optional<String> lastCommon, SqlSchema historySchema) {

        /** Prisma's reason to reset the database, when there is one; several are listed with dashes. */
        Optional<String> resetReason() {
            List<String> reasons = new ArrayList<>();
            failed.forEach(name -> reasons.add("The migration `" + name + "` failed."));
            edited.forEach(name -> reasons.add("The migration `" + name + "` was modified after it was applied."));
            drift.ifPresent(summary -> reasons.add(DRIFT_DETECTED
                    + (hasMigrationsTable ? "" : FIRST_TIME_MIGRATION) + summary));
            if (!databaseOnly.isEmpty() && !folderOnly.isEmpty()) {
                reasons.add("The migrations recorded in the database diverge from the local migrations directory."
                        + lastCommon.map(last -> " Last common migration: `" + last + "`. Migrations applied to the"
                                + " database but absent from the migrations directory are: "
                                + String.join(", ", databaseOnly)).orElse(""));
            } else if (!databaseOnly.isEmpty()) {
                reasons.add("The following migration(s) are applied to the database but missing from the local"
                        + " migrations directory: " + String.join(", ", databaseOnly));
            }
            if (reasons.isEmpty()) {
                return Optional.empty();
            }
            if (reasons.size() == 1) {
                return Optional.of(reasons.get(0));
            }
            StringBuilder text = new StringBuilder();
            reasons.forEach(reason -> text.append("- ").append(reason).append('\n'));
            return Optional.of(text.toString());
        }
    }

    static final String DRIFT_DETECTED = "Drift detected: Your database schema is not in sync with your migration"
            + " history.\n\nThe following is a summary of the differences between the expected database schema given"
            + " your migrations files, and the actual schema of the database.\n\nIt should be understood as the set of"
            + " changes to get from the expected schema to the actual schema.\n";
    static final String FIRST_TIME_MIGRATION = "\nIf you are running this the first time on an existing database,"
            + " please make sure to read this documentation page:\nhttps://www.prisma.io/docs/guides/database/"
            + "developing-with-prisma-migrate/troubleshooting-development\n";

    static Diagnosis run(ConnectionUrl url, List<String> namespaces, boolean extensions, MigrationsDirectory folder,
            ShadowDatabase shadow) {
        Dialect dialect = Dialect.of(url.provider());
        List<LocalMigration> local = folder.migrations();
        try (Connection connection = dialect.connections().open(url)) {
            boolean hasTable = dialect.migrations().tableNames(connection, url, List.of())
                    .contains(MigrationSupport.TABLE);
            List<MigrationRecord> records = hasTable
                    ? new MigrationsTable(connection, dialect, Clock.systemUTC()).list() : List.of();

            List<String> edited = new ArrayList<>();
            List<String> folderOnly = new ArrayList<>();
            Optional<String> lastCommon = Optional.empty();
            boolean missingSeen = false;
            for (LocalMigration migration : local) {
                Optional<MigrationRecord> row = records.stream()
                        .filter(record -> record.migrationName().equals(migration.name())).findFirst();
                if (row.isEmpty()) {
                    folderOnly.add(migration.name());
                    missingSeen = true;
                } else {
                    if (!migration.matchesChecksum(row.get().checksum())) {
                        edited.add(migration.name());
                    }
                    if (!missingSeen) {
                        lastCommon = Optional.of(migration.name());
                    }
                }
            }
            List<String> failed = new ArrayList<>();
            List<String> databaseOnly = new ArrayList<>();
            for (MigrationRecord record : records) {
                if (record.isFailed()) {
                    failed.add(record.migrationName());
                }
                if (folder.migration(record.migrationName()).isEmpty()) {
                    databaseOnly.add(record.migrationName());
                }
            }
            List<LocalMigration> applied = local.stream().filter(migration -> records.stream()
                    .anyMatch(record -> record.isApplied() && record.migrationName().equals(migration.name())))
                    .toList();

            SqlSchema appliedSchema = shadow.apply(applied);
            SqlSchema database = Describer.forDialect(dialect, Databases.describedNamespaces(url, namespaces))
                    .describe(connection);
            Migration drift = SchemaDiffer.of(dialect, connection).diff(Databases.forDiff(appliedSchema, extensions),
                    Databases.forDiff(database, extensions));

            SqlSchema historySchema;
            if (local.subList(0, applied.size()).equals(applied)) {
                historySchema = shadow.apply(local.subList(applied.size(), local.size()));
            } else {
                shadow.reset();
                historySchema = shadow.apply(local);
            }
            return new Diagnosis(hasTable, failed, edited,
                    drift.isEmpty() ? Optional.empty() : Optional.of(DriftSummary.render(drift)),
                    databaseOnly, folderOnly, missingSeen ? lastCommon : Optional.empty(), historySchema);
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }
}
