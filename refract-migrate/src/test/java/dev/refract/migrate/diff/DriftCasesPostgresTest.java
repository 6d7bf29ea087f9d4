package dev.refract.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.testing.Calculated;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A live database against its schema, as Prisma 7.10 compares them (src/test/resources/drift-cases,
 * see its README): the database made by the case's SQL, described, diffed against the calculated
 * schema; the summary must be Prisma's ({@code prisma-drift.txt}), or Refract's documented answer
 * ({@code refract-drift.txt}) where Refract knowingly differs.
 */
@PostgresTest
class DriftCasesPostgresTest {
    private static final Path ROOT = Path.of("src/test/resources/drift-cases");
    private static final Dialect POSTGRES = Dialect.of(Provider.POSTGRESQL);

    @TestFactory
    Stream<DynamicTest> cases(TestDatabase database) throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir, database)));
        }
    }

    private static void run(Path dir, TestDatabase database) throws Exception {
        SqlSchema described;
        try (Connection connection = POSTGRES.connections().openForScripts(ConnectionUrl.parse(database.prismaUrl()))) {
            POSTGRES.connections().runScript(connection, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
            for (String migration : Files.readString(dir.resolve("postgresql.sql")).split("(?m)^-- next migration$")) {
                POSTGRES.connections().runScript(connection, migration); // each as deploy runs one migration
            }
            described = Describer.postgres(List.of("public")).describe(connection);
        }
        SqlSchema calculated = Calculated.schema(Files.readString(dir.resolve("schema.prisma")));
        Path expected = Files.exists(dir.resolve("refract-drift.txt")) ? dir.resolve("refract-drift.txt")
                : dir.resolve("prisma-drift.txt");
        String summary = DriftSummary.render(SchemaDiffer.of(POSTGRES).diff(described, calculated));
        assertThat(summary.strip()).as(expected.toString()).isEqualTo(Files.readString(expected).strip());
    }
}
