package dev.refract.client.oracle;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The blog dataset's catalog against Prisma 7 (every scalar type and relation kind). */
@EnabledIfSystemProperty(named = PrismaSide.PROPERTY, matches = ".+") // JUnit does not inherit it
@PostgresTest
class BlogOracleDiffPostgresTest extends OracleDiffSuite {
    BlogOracleDiffPostgresTest(TestDatabase db) {
        super(db, "blog");
    }
}
