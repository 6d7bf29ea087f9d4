package dev.refract.migrate.history;

import java.time.Instant;

/**
 * One row of {@code _prisma_migrations}.
 *
 * @param id                a random UUID
 * @param checksum          SHA-256 of the script when it was applied
 * @param finishedAt        when the script completed, {@code null} while running or after a failure
 * @param migrationName     the migration folder's name
 * @param logs              the error of a failed run, {@code null} otherwise ({@code ""} after resolve --applied)
 * @param rolledBackAt      when resolve --rolled-back (or --applied) closed a failed run, or {@code null}
 * @param startedAt         when the run started
 * @param appliedStepsCount 1 once the script ran (Prisma counts the whole script as one step)
 */
public record MigrationRecord(String id, String checksum, Instant finishedAt, String migrationName, String logs,
        Instant rolledBackAt, Instant startedAt, int appliedStepsCount) {

    /** Applied: finished and not rolled back. */
    public boolean isApplied() {
        return finishedAt != null && rolledBackAt == null;
    }

    /** Failed (or interrupted): neither finished nor rolled back. Blocks deploy (P3009). */
    public boolean isFailed() {
        return finishedAt == null && rolledBackAt == null;
    }

    public boolean isRolledBack() {
        return rolledBackAt != null;
    }
}
