package dev.refract.migrate.diff;

import dev.refract.testkit.DatabaseKind;

/** Destructive-change checks with row and value counts from a real postgresql database. */
class DestructiveChecksPostgresTest extends DestructiveChecksContract {

    @Override
    DestructiveChecksRunner runner() {
        return new DestructiveChecksRunner("postgresql", DatabaseKind.POSTGRES);
    }
}
