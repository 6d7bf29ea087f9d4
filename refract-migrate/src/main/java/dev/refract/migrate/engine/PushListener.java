package dev.refract.migrate.engine;

import dev.refract.migrate.diff.DestructiveChanges.Finding;
import java.util.List;

/** What {@code db push} tells its caller and asks it; throwing stops the command. */
public interface PushListener {

    /** The database did not exist and was created: Prisma's message. */
    default void databaseCreated(String message) {
    }

    /** {@code --force-reset} emptied the database. */
    default void reset() {
    }

    /** Steps that cannot run on the data the database holds; throw to stop (Prisma always stops). */
    void unexecutable(List<Finding> steps);

    /**
     * The changes may lose data (Prisma prints the warnings even when they are accepted up front with
     * {@code --accept-data-loss}); true applies them, false stops (cancelled).
     */
    boolean confirmWarnings(List<Finding> warnings);
}
