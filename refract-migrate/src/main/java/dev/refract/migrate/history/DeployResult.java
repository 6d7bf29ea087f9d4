package dev.refract.migrate.history;

import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate deploy} did.
 *
 * @param migrationsFound the migration folders, in order
 * @param applied         the migrations this run applied, in order
 * @param databaseCreated Prisma's message when the database had to be created first
 */
public record DeployResult(List<String> migrationsFound, List<String> applied, Optional<String> databaseCreated) {

    public DeployResult {
        migrationsFound = List.copyOf(migrationsFound);
        applied = List.copyOf(applied);
    }

    /**
     * The text Prisma prints after the run: the applied migrations as a file tree and the closing
     * line, or {@code No pending migrations to apply.}
     */
    public String summary() {
        if (applied.isEmpty()) {
            return "No pending migrations to apply.";
        }
        StringBuilder text = new StringBuilder("The following migration(s) have been applied:\n\nmigrations/\n");
        for (String name : applied) {
            text.append("  └─ ").append(name).append("/\n    └─ migration.sql\n");
        }
        return text.append("\nAll migrations have been successfully applied.").toString();
    }
}
