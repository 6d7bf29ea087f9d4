package dev.refract.migrate.diff;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

/** Destructive-change checks with row and value counts from a real postgresql database. */
@PostgresTest
class DestructiveChecksPostgresTest extends DestructiveChecksContract {
    private final TestDatabase database;

    DestructiveChecksPostgresTest(TestDatabase database) {
        this.database = database;
    }

    @Override
    DestructiveChecksRunner runner() {
        return new DestructiveChecksRunner("postgresql", database);
    }
}
