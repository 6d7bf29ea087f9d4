package dev.refract.spring.boot;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

@PostgresTest
class TransactionPostgresTest extends TransactionContract {
    private final TestDatabase db;

    TransactionPostgresTest(TestDatabase db) {
        this.db = db;
    }

    @Override
    String prismaUrl() {
        return db.prismaUrl();
    }
}
