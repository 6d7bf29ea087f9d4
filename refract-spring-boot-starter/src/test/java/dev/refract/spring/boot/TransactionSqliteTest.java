package dev.refract.spring.boot;

import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;

@SqliteTest
class TransactionSqliteTest extends TransactionContract {
    private final TestDatabase db;

    TransactionSqliteTest(TestDatabase db) {
        this.db = db;
    }

    @Override
    String prismaUrl() {
        return db.prismaUrl();
    }
}
