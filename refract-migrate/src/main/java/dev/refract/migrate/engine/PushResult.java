package dev.refract.migrate.engine;

import dev.refract.migrate.diff.DestructiveChanges.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What {@code db push} did.
 *
 * @param databaseCreated Prisma's message when the database had to be created first
 * @param reset           whether {@code --force-reset} emptied the database
 * @param executedSteps   how many migration steps ran
 * @param warnings        the data-loss warnings that were accepted
 * @param cancelled       whether the caller declined the warnings (nothing ran)
 */
public record PushResult(Optional<String> databaseCreated, boolean reset, int executedSteps, List<Finding> warnings,
        boolean cancelled) {

    public PushResult {
        warnings = List.copyOf(warnings);
    }

    /** Prisma's test for "already in sync": nothing reset, nothing to warn about, nothing run. */
    public boolean alreadyInSync() {
        return !reset && warnings.isEmpty() && executedSteps == 0;
    }
}
