package dev.refract.migrate.introspect;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.SqliteTest;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Introspection goldens on Sqlite: {@code src/test/resources/introspect/sqlite/} (see {@link IntrospectionGoldens}). */
@SqliteTest
class IntrospectionGoldenSqliteTest {
    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        return IntrospectionGoldens.cases("sqlite", DatabaseKind.SQLITE, Provider.SQLITE);
    }
}
