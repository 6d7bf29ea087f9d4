package dev.refract.testkit.internal;

import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.TestDatabase;
import java.util.Optional;

/** Registered by {@link MySqlTest}: a fresh MySQL/MariaDB database per test class. */
public final class MySqlExtension extends DatabaseExtension {
    public MySqlExtension() {
        super(MySqlTest.class);
    }

    @Override
    TestDatabase create(String label) {
        return MySqlServer.shared().create(label);
    }

    @Override
    Optional<String> skipReason(String label) {
        return MySqlServer.shared().skipReason(label);
    }
}
