package dev.refract.migrate.diff;

import dev.refract.testkit.DatabaseKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The migration golden cases under src/test/resources/diff-cases on Sqlite. */
class DiffCasesSqliteTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return new DiffCaseRunner("sqlite", DatabaseKind.SQLITE).tests();
    }
}
