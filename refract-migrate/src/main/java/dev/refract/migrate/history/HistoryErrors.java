package dev.refract.migrate.history;

import dev.refract.dialect.connect.ScriptFailure;
import dev.refract.dialect.error.DatabaseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Prisma's migration-history errors (P30xx), with Prisma's messages. */
public final class HistoryErrors {
    static final String RESOLVE_DOCS = "https://pris.ly/d/migrate-resolve";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryErrors() {
    }

    /** P3005: deploy into a database that has tables but no history. */
    public static DatabaseException schemaNotEmpty() {
        return new DatabaseException("P3005", "The database schema is not empty. Read more about how to baseline an"
                + " existing production database: https://pris.ly/d/migrate-baseline", Map.of());
    }

    /** P3008: resolve --applied for a migration that is already applied. */
    public static DatabaseException alreadyApplied(String name) {
        return new DatabaseException("P3008", "The migration `" + name + "` is already recorded as applied in the"
                + " database.", Map.of("migration_name", name));
    }

    /** P3009: failed migrations block deploy; one line per failed migration. */
    public static DatabaseException failedMigrationsFound(List<MigrationRecord> failed) {
        StringBuilder details = new StringBuilder();
        for (MigrationRecord record : failed) {
            details.append("The `").append(record.migrationName()).append("` migration started at ")
                    .append(chronoUtc(record.startedAt())).append(" failed\n");
        }
        return new DatabaseException("P3009", "migrate found failed migrations in the target database, new migrations"
                + " will not be applied. Read more about how to resolve migration issues in a production database: "
                + RESOLVE_DOCS + "\n" + details,
                Map.of("details", details.toString(), "failed_migration_names",
                        failed.stream().map(MigrationRecord::migrationName).toList()));
    }

    /** P3011: resolve --rolled-back for a migration with no row. */
    public static DatabaseException cannotRollBackUnapplied(String name) {
        return new DatabaseException("P3011", "Migration `" + name + "` cannot be rolled back because it was never"
                + " applied to the database. Hint: did you pass in the whole migration name? (example:"
                + " \"20201207184859_initial_migration\")", Map.of("migration_name", name));
    }

    /** P3012: resolve --rolled-back for a migration that did not fail. */
    public static DatabaseException cannotRollBackSucceeded(String name) {
        return new DatabaseException("P3012", "Migration `" + name + "` cannot be rolled back because it is not in a"
                + " failed state.", Map.of("migration_name", name));
    }

    /** P3015: a migration folder without a readable {@code migration.sql}. */
    public static DatabaseException migrationFileNotFound(LocalMigration migration) {
        String path = migration.scriptFile().toString();
        return new DatabaseException("P3015", "Could not find the migration file at " + path + ". Please delete the"
                + " directory or restore the migration file.", Map.of("migration_file_path", path));
    }

    /** P3017: resolve --applied for a name that is not a migration folder. */
    public static DatabaseException migrationNotFound(String name) {
        return new DatabaseException("P3017", "The migration " + name + " could not be found. Please make sure that the"
                + " migration exists, and that you included the whole name of the directory. (example:"
                + " \"20201207184859_initial_migration\")", Map.of("migration_name", name));
    }

    /** P3018: a migration script failed; this text is also what {@code logs} records. */
    public static DatabaseException migrationFailed(String name, ScriptFailure failure) {
        String message = "A migration failed to apply. New migrations cannot be applied before the error is recovered"
                + " from. Read more about how to resolve migration issues in a production database: " + RESOLVE_DOCS
                + "\n\nMigration name: " + name
                + "\n\nDatabase error code: " + failure.databaseErrorCode()
                + "\n\nDatabase error:\n" + failure.databaseError() + "\n";
        return new DatabaseException("P3018", message, Map.of("migration_name", name,
                "database_error_code", failure.databaseErrorCode(), "database_error", failure.databaseError()),
                failure);
    }

    /** P3019: the lock file names another provider than the schema. */
    public static DatabaseException providerSwitched(String provider, String expected) {
        String advice = provider.equals("cockroachdb") && expected.equals("postgresql")
                ? "Check out the following documentation for how to resolve this:"
                        + " https://pris.ly/d/cockroachdb-postgresql-provider"
                : "Please remove your current migration directory and start a new migration history with prisma"
                        + " migrate dev. Read more: https://pris.ly/d/migrate-provider-switch";
        return new DatabaseException("P3019", "The datasource provider `" + provider + "` specified in your schema does"
                + " not match the one specified in the migration_lock.toml, `" + expected + "`. " + advice,
                Map.of("provider", provider, "expected_provider", expected));
    }

    /** resolve --rolled-back on a database without history (Prisma reports it without a code). */
    public static DatabaseException noHistoryToRollBack() {
        return new DatabaseException(DatabaseException.NO_CODE, "Invariant violation: called markMigrationRolledBack on"
                + " a database without migrations table.", Map.of());
    }

    /**
     * A timestamp as Prisma's engine prints one: {@code 2025-10-10 13:48:23.538445 UTC}, with 3, 6 or 9
     * fraction digits as needed and none for whole seconds.
     */
    static String chronoUtc(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int nanos = time.getNano();
        String fraction;
        if (nanos == 0) {
            fraction = "";
        } else if (nanos % 1_000_000 == 0) {
            fraction = String.format(".%03d", nanos / 1_000_000);
        } else if (nanos % 1_000 == 0) {
            fraction = String.format(".%06d", nanos / 1_000);
        } else {
            fraction = String.format(".%09d", nanos);
        }
        return SECONDS.format(time) + fraction + " UTC";
    }
}
