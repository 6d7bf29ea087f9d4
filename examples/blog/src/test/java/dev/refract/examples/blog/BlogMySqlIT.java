package dev.refract.examples.blog;

import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.TestDatabase;

/** bin/blog on a fresh MySQL database. */
@MySqlTest
class BlogMySqlIT extends BlogContract {
    private final TestDatabase db;

    BlogMySqlIT(TestDatabase db) {
        this.db = db;
    }

    @Override
    String databaseUrl() {
        return db.prismaUrl();
    }
}
