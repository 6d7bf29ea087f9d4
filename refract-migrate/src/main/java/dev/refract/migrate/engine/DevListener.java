package dev.refract.migrate.engine;

import dev.refract.migrate.diff.DestructiveChanges.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate dev} tells its caller and asks it, in Prisma's order. The caller decides how
 * to ask (a terminal prompt, a flag, a build setting); throwing from a method stops the command.
 */
public interface DevListener {

    /** The development database did not exist and was created: Prisma's message. */
    default void databaseCreated(String message) {
    }

    /**
     * The database must be reset before going on (drift, an edited or failed migration, a history
     * that diverges). {@code reason} is Prisma's text. True resets the database (all data is lost)
     * and goes on; false stops the command, which then reports {@link DevResult#cancelled()}.
     */
    boolean confirmReset(String reason);

    /** Migrations that were pending were applied. */
    default void migrationsApplied(List<String> names) {
    }

    /**
     * The new migration has steps that cannot run on the data the database holds (a required column
     * added to a table with rows...). Throw to stop; with {@code createOnly} Prisma only reports them.
     */
    void unexecutable(List<Finding> steps, boolean createOnly);

    /** The new migration may lose data; true goes on, false stops (cancelled). */
    boolean confirmWarnings(List<Finding> warnings, boolean createOnly);

    /** The new migration's name as given (it is slugified); empty stops (cancelled). */
    Optional<String> migrationName();
}
