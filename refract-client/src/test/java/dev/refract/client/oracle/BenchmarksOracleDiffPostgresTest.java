package dev.refract.client.oracle;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** prisma/orm-benchmarks' schema and its 14 queries, and more, against Prisma 7. */
@EnabledIfSystemProperty(named = PrismaSide.PROPERTY, matches = ".+") // JUnit does not inherit it
@PostgresTest
class BenchmarksOracleDiffPostgresTest extends OracleDiffSuite {
    BenchmarksOracleDiffPostgresTest(TestDatabase db) {
        super(db, "benchmarks");
    }
}
