package dev.refract.migrate.roundtrip;

import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Acceptance 2 and 3 (create from the schema, no drift, db pull round trip) for the corpus schemas on MariaDB. */
@MySqlTest
class RoundTripMySqlTest {

    @TestFactory
    Stream<DynamicTest> corpusSchemas(TestDatabase database) {
        return new RoundTripRunner("mysql", database).tests();
    }
}
