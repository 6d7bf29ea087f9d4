package dev.refract.examples.blog;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

/** bin/blog on a fresh PostgreSQL database. */
@PostgresTest
class BlogPostgresIT extends BlogContract {
    private final TestDatabase db;

    BlogPostgresIT(TestDatabase db) {
        this.db = db;
    }

    @Override
    String databaseUrl() {
        return db.prismaUrl();
    }
}
