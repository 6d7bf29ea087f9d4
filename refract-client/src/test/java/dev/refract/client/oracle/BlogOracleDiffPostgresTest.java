package dev.refract.client.oracle;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

/** The blog dataset's catalog against Prisma 7 (every scalar type and relation kind). */
@PostgresTest
class BlogOracleDiffPostgresTest extends OracleDiffSuite {
    BlogOracleDiffPostgresTest(TestDatabase db) {
        super(db, "blog");
    }
}
