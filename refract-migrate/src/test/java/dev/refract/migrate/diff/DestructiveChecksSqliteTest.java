package dev.refract.migrate.diff;

import dev.refract.testkit.DatabaseKind;

/** Destructive-change checks with row and value counts from a real sqlite database. */
class DestructiveChecksSqliteTest extends DestructiveChecksContract {

    @Override
    DestructiveChecksRunner runner() {
        return new DestructiveChecksRunner("sqlite", DatabaseKind.SQLITE);
    }
}
