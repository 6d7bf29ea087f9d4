package dev.refract.migrate.diff;

import dev.refract.testkit.DatabaseKind;

/** Destructive-change checks with row and value counts from a real mysql database. */
class DestructiveChecksMySqlTest extends DestructiveChecksContract {

    @Override
    DestructiveChecksRunner runner() {
        return new DestructiveChecksRunner("mysql", DatabaseKind.MYSQL);
    }
}
