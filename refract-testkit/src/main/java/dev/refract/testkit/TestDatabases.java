package dev.refract.testkit;

import dev.refract.testkit.internal.MySqlServer;
import dev.refract.testkit.internal.PostgresServer;
import dev.refract.testkit.internal.SqliteFiles;

/**
 * Creates test databases by hand, for tests that need more than the one per class the extensions
 * give (a shadow database for migrations, say). The same rules apply: a missing server fails under
 * {@code CI=true}; outside CI PostgreSQL falls back to an embedded server and MySQL is skipped.
 * Close what you create: that drops it.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** A fresh database whose name contains {@code label} (shortened and made SQL-safe). */
    public static TestDatabase create(DatabaseKind kind, String label) {
        return switch (kind) {
            case POSTGRES -> PostgresServer.shared().create(label);
            case MYSQL -> MySqlServer.shared().create(label);
            case SQLITE -> SqliteFiles.shared().create(label);
        };
    }

    public static TestDatabase postgres(String label) {
        return create(DatabaseKind.POSTGRES, label);
    }

    public static TestDatabase mysql(String label) {
        return create(DatabaseKind.MYSQL, label);
    }

    public static TestDatabase sqlite(String label) {
        return create(DatabaseKind.SQLITE, label);
    }
}
