package dev.refract.migrate.engine;

import dev.refract.dialect.connect.ScriptFailure;
import dev.refract.dialect.error.DatabaseException;
import java.util.Map;

/** The errors of the development commands, with Prisma's codes and words. */
public final class EngineErrors {
    static final String SHADOW_DOCS = "https://pris.ly/d/migrate-shadow";

    private EngineErrors() {
    }

    /** P3006: a migration of the folder does not run on the shadow database. */
    public static DatabaseException migrationDoesNotApplyCleanly(String name, ScriptFailure failure) {
        return new DatabaseException("P3006", "Migration `" + name + "` failed to apply cleanly to the shadow database. \n"
                + "Error:\n" + failure.databaseError(),
                Map.of("migration_name", name, "inner_error", failure.databaseError()), failure);
    }

    /** P3014: the temporary shadow database could not be created. */
    public static DatabaseException shadowDatabaseNotCreated(DatabaseException cause) {
        String inner = cause.getMessage();
        return new DatabaseException("P3014", "Prisma Migrate could not create the shadow database. Please make sure the"
                + " database user has permission to create databases. Read more about the shadow database (and"
                + " workarounds) at " + SHADOW_DOCS + "\n\nOriginal error: \n" + inner, Map.of("inner_error", inner),
                cause);
    }

    /** The configured shadow database is the development database itself. */
    public static DatabaseException shadowIsMainDatabase() {
        return new DatabaseException(DatabaseException.NO_CODE, "The shadow database you configured appears to be the"
                + " same as the main database. Please specify another shadow database.", Map.of());
    }

    /** A migrations folder without {@code migration_lock.toml}, so its database is unknown. */
    public static DatabaseException noLockFile() {
        return new DatabaseException(DatabaseException.NO_CODE, "Could not determine the connector from the migrations"
                + " directory (missing migration_lock.toml).", Map.of());
    }

    /** A migrations folder to replay on PostgreSQL or MySQL, and no server to put the shadow database on. */
    public static DatabaseException shadowDatabaseUrlNeeded() {
        return new DatabaseException(DatabaseException.NO_CODE, "You must pass the --shadow-database-url if you want to"
                + " diff a migrations directory.", Map.of());
    }

    /** {@code migrate diff} between two empty sources. */
    public static DatabaseException noConnectorForDiff() {
        return new DatabaseException(DatabaseException.NO_CODE, "Could not determine the connector to use for diffing.",
                Map.of());
    }

    /** {@code migrate diff} between sources of two databases. */
    public static DatabaseException providersDiffer(String from, String to) {
        return new DatabaseException(DatabaseException.NO_CODE, "The source and destination of the diff use different"
                + " providers (`" + from + "` and `" + to + "`). A diff compares two schemas of one provider.",
                Map.of("from", from, "to", to));
    }

    /** A script that failed on the development database during {@code db push}. */
    public static DatabaseException pushFailed(ScriptFailure failure) {
        return new DatabaseException(DatabaseException.NO_CODE, failure.databaseError(),
                Map.of("database_error_code", failure.databaseErrorCode()), failure);
    }
}
