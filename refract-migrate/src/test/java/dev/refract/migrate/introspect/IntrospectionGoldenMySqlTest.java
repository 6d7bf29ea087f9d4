package dev.refract.migrate.introspect;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.MySqlTest;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Introspection goldens on MySql: {@code src/test/resources/introspect/mysql/} (see {@link IntrospectionGoldens}). */
@MySqlTest
class IntrospectionGoldenMySqlTest {
    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        return IntrospectionGoldens.cases("mysql", DatabaseKind.MYSQL, Provider.MYSQL);
    }
}
