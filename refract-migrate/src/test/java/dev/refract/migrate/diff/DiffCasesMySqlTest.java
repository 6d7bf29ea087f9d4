package dev.refract.migrate.diff;

import dev.refract.testkit.DatabaseKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The migration golden cases under src/test/resources/diff-cases on MySQL (MariaDB). */
class DiffCasesMySqlTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return new DiffCaseRunner("mysql", DatabaseKind.MYSQL).tests();
    }
}
