package dev.refract.migrate.diff;

import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.TestDatabase;

/** Destructive-change checks with row and value counts from a real mysql database. */
@MySqlTest
class DestructiveChecksMySqlTest extends DestructiveChecksContract {
    private final TestDatabase database;

    DestructiveChecksMySqlTest(TestDatabase database) {
        this.database = database;
    }

    @Override
    DestructiveChecksRunner runner() {
        return new DestructiveChecksRunner("mysql", database);
    }
}
