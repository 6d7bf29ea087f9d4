package dev.refract.testkit.internal;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

/** Registered by {@link PostgresTest}: a fresh PostgreSQL database per test class. */
public final class PostgresExtension extends DatabaseExtension {
    public PostgresExtension() {
        super(PostgresTest.class);
    }

    @Override
    TestDatabase create(String label) {
        return PostgresServer.shared().create(label);
    }
}
