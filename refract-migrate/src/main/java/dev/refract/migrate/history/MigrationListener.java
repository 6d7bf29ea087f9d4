package dev.refract.migrate.history;

/** Progress of a migration command, for adapters that print it as it happens. */
public interface MigrationListener {
    /** A listener that ignores everything. */
    MigrationListener NONE = new MigrationListener() {
    };

    /** The migrations folder was read: Prisma prints {@code <n> migrations found in prisma/migrations}. */
    default void migrationsFound(java.util.List<String> migrationNames) {
    }

    /** Deploy created the missing database: {@code PostgreSQL database app created at localhost:5432}. */
    default void databaseCreated(String message) {
    }

    /** A migration's script is about to run; Prisma prints {@code Applying migration `<name>`}. */
    default void applying(String migrationName) {
    }
}
