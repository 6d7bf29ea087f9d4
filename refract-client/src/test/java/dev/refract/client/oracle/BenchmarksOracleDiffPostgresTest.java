package dev.refract.client.oracle;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

/** prisma/orm-benchmarks' schema and its 14 queries, and more, against Prisma 7. */
@PostgresTest
class BenchmarksOracleDiffPostgresTest extends OracleDiffSuite {
    BenchmarksOracleDiffPostgresTest(TestDatabase db) {
        super(db, "benchmarks");
    }
}
