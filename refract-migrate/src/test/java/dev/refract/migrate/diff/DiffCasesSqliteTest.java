package dev.refract.migrate.diff;

import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The migration golden cases under src/test/resources/diff-cases on SQLite. */
@SqliteTest
class DiffCasesSqliteTest {

    @TestFactory
    Stream<DynamicTest> cases(TestDatabase database) {
        return new DiffCaseRunner("sqlite", database).tests();
    }
}
