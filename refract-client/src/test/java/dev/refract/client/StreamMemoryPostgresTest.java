package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: a 1,000,000-row stream runs in a 64 MB heap. The rows are inserted by one
 * {@code INSERT ... SELECT generate_series}; {@link StreamMemoryMain} streams them in a JVM started
 * with {@code -Xmx64m} (findMany's list of a million records would need several hundred MB).
 */
@PostgresTest
class StreamMemoryPostgresTest {
    static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
              url      = "postgresql://localhost/x"
            }

            model Item {
              id        Int      @id
              name      String
              amount    Int
              createdAt DateTime
            }
            """;

    private final TestDatabase db;

    StreamMemoryPostgresTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aMillionRowsStreamInA64MegabyteHeap(@TempDir Path dir) throws Exception {
        Schema schema = PrismaSchema.validate("schema.prisma", SCHEMA).resolved().orElseThrow();
        Dialect dialect = Dialect.of(schema.provider().orElseThrow());
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect)
                .diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        RefractClient client = RefractClient.builder(schema, db::open).build();
        int inserted = client.executeRaw(Sql.of("INSERT INTO \"Item\" (id, name, amount, \"createdAt\")"
                + " SELECT g, 'item ' || g, g % 1000, now() FROM generate_series(1, ", 1_000_000, ") AS g"));
        assertThat(inserted).isEqualTo(1_000_000);

        Path schemaFile = dir.resolve("schema.prisma");
        Files.writeString(schemaFile, SCHEMA);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamMemoryMain.class.getName(), schemaFile.toString(), db.prismaUrl())
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("finished: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=1000000 sum=499500000 maxHeapMb=");
    }
}
