package dev.refract.migrate.engine;

import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate dev} did.
 *
 * @param databaseCreated  Prisma's message when the database had to be created first
 * @param reset            whether the database was reset (the caller agreed)
 * @param appliedPending   migrations of the folder that were pending and got applied first
 * @param createdMigration the folder name of the migration written, if one was
 * @param appliedCreated   the new migration, once applied (empty with create-only)
 * @param cancelled        whether the caller declined a reset, the warnings or a name
 */
public record DevResult(Optional<String> databaseCreated, boolean reset, List<String> appliedPending,
        Optional<String> createdMigration, List<String> appliedCreated, boolean cancelled) {

    public DevResult {
        appliedPending = List.copyOf(appliedPending);
        appliedCreated = List.copyOf(appliedCreated);
    }

    static DevResult cancelled(Optional<String> databaseCreated, boolean reset, List<String> appliedPending) {
        return new DevResult(databaseCreated, reset, appliedPending, Optional.empty(), List.of(), true);
    }

    /** Whether Prisma would run the seed now: the database was created or reset. */
    public boolean seedDue() {
        return !cancelled && (databaseCreated.isPresent() || reset);
    }
}
