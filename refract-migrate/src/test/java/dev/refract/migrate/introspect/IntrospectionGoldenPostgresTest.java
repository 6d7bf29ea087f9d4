package dev.refract.migrate.introspect;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.PostgresTest;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Introspection goldens on Postgres: {@code src/test/resources/introspect/postgres/} (see {@link IntrospectionGoldens}). */
@PostgresTest
class IntrospectionGoldenPostgresTest {
    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        return IntrospectionGoldens.cases("postgres", DatabaseKind.POSTGRES, Provider.POSTGRESQL);
    }
}
