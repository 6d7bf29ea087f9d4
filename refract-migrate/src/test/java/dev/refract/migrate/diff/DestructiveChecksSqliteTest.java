package dev.refract.migrate.diff;

import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;

/** Destructive-change checks with row and value counts from a real sqlite database. */
@SqliteTest
class DestructiveChecksSqliteTest extends DestructiveChecksContract {
    private final TestDatabase database;

    DestructiveChecksSqliteTest(TestDatabase database) {
        this.database = database;
    }

    @Override
    DestructiveChecksRunner runner() {
        return new DestructiveChecksRunner("sqlite", database);
    }
}
