package dev.refract.testkit.internal;

import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;

/** Registered by {@link SqliteTest}: a fresh SQLite database per test class. */
public final class SqliteExtension extends DatabaseExtension {
    public SqliteExtension() {
        super(SqliteTest.class);
    }

    @Override
    TestDatabase create(String label) {
        return SqliteFiles.shared().create(label);
    }
}
