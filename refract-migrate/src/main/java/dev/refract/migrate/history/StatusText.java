package dev.refract.migrate.history;

import java.util.List;

/** The human report of {@code migrate status}, in Prisma's words and order. */
final class StatusText {
    private StatusText() {
    }

    static String render(MigrationStatus status, String command, String folder) {
        StringBuilder text = new StringBuilder();
        int found = status.localMigrations().size();
        text.append(found == 0 ? "No migration found in " + folder
                : found + " migration" + (found > 1 ? "s" : "") + " found in " + folder).append('\n');
        for (String name : status.edited()) {
            text.append("The migration `").append(name).append("` was modified after it was applied.\n");
        }
        List<String> pending = status.pending();
        List<String> databaseOnly = status.databaseOnly();
        if (!pending.isEmpty() && databaseOnly.isEmpty()) {
            text.append("Following migration").append(plural(pending)).append(" have not yet been applied:\n")
                    .append(String.join("\n", pending)).append("\n\n")
                    .append("To apply migrations in development run ").append(command).append(" migrate dev.\n")
                    .append("To apply migrations in production run ").append(command).append(" migrate deploy.\n");
            return text.toString();
        }
        if (!databaseOnly.isEmpty()) {
            text.append("Your local migration history and the migrations table from your database are different:\n\n")
                    .append("The last common migration is: ").append(status.lastCommonMigration().orElse("null"))
                    .append("\n\n");
            if (!pending.isEmpty()) {
                text.append("The migration").append(plural(pending)).append(" have not yet been applied:\n")
                        .append(String.join("\n", pending)).append("\n\n");
            }
            text.append("The migration").append(plural(databaseOnly))
                    .append(" from the database are not found locally in ").append(folder).append(":\n")
                    .append(String.join("\n", databaseOnly)).append('\n');
            return text.toString();
        }
        if (!status.hasMigrationsTable()) {
            text.append("The current database is not managed by Prisma Migrate.\n\n");
            if (found > 0) {
                String first = status.localMigrations().get(0);
                text.append("If you want to keep the current database structure and data and create new migrations,"
                        + " baseline this database with the migration \"").append(first).append("\":\n")
                        .append(command).append(" migrate resolve --applied \"").append(first).append("\"\n\n");
            }
            text.append("Read more about how to baseline an existing production database:\n"
                    + "https://pris.ly/d/migrate-baseline\n");
            return text.toString();
        }
        List<String> failed = status.failed();
        if (!failed.isEmpty()) {
            String first = failed.get(0);
            text.append("Following migration").append(plural(failed)).append(" have failed:\n")
                    .append(String.join("\n", failed)).append("\n\n")
                    .append("During development if the failed migration(s) have not been deployed to a production"
                            + " database you can then fix the migration(s) and run ").append(command)
                    .append(" migrate dev.\n\n")
                    .append("The failed migration(s) can be marked as rolled back or applied:\n\n")
                    .append("- If you rolled back the migration(s) manually:\n")
                    .append(command).append(" migrate resolve --rolled-back \"").append(first).append("\"\n\n")
                    .append("- If you fixed the database manually (hotfix):\n")
                    .append(command).append(" migrate resolve --applied \"").append(first).append("\"\n\n")
                    .append("Read more about how to resolve migration issues in a production database:\n")
                    .append(HistoryErrors.RESOLVE_DOCS).append('\n');
            return text.toString();
        }
        return text.append("\nDatabase schema is up to date!\n").toString();
    }

    private static String plural(List<String> names) {
        return names.size() > 1 ? "s" : "";
    }
}
