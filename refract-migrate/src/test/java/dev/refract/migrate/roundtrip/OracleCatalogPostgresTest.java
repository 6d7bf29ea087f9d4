package dev.refract.migrate.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.migrate.testing.CorpusSchemas;
import dev.refract.migrate.testing.CorpusSchemas.Case;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 5 against the real Prisma 7.10 (profile {@code oracle}, which passes
 * {@code -Drefract.oracle=<folder of shared/oracle/setup.sh>}): for every PostgreSQL schema of
 * {@code corpus/schemas}, Prisma's {@code migrate diff --from-empty --to-schema --script} and ours are
 * applied to two empty databases, both are described, and the descriptions must be equal (tables,
 * columns, types, nullability, defaults, keys, indexes, foreign keys and every name) and diff to no
 * steps.
 */
@EnabledIfSystemProperty(named = "refract.oracle", matches = ".+")
class OracleCatalogPostgresTest {
    private static final Dialect POSTGRES = Dialect.of(Provider.POSTGRESQL);

    private static TestDatabase ours;
    private static TestDatabase prismas;

    @TempDir
    static Path workspace;

    @BeforeAll
    static void databases() {
        ours = TestDatabases.postgres("oracle_ours");
        prismas = TestDatabases.postgres("oracle_prisma");
    }

    @AfterAll
    static void drop() {
        ours.close();
        prismas.close();
    }

    @TestFactory
    Stream<DynamicTest> corpusSchemasCreateTheSameCatalogAsPrismasSql() {
        return CorpusSchemas.projects().stream().filter(c -> c.canonicalProvider().equals("postgresql"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> compare(c)));
    }

    private void compare(Case c) throws Exception {
        ValidationResult validation = PrismaSchema.validate(c.files());
        assertThat(validation.isValid()).as(validation.render(false)).isTrue();
        SqlSchema calculated = SqlSchemaCalculator.calculate(validation.resolved().orElseThrow(), POSTGRES);
        String ourSql = MigrationRenderer.of(POSTGRES).script(SchemaDiffer.diff(SqlSchema.EMPTY, calculated, POSTGRES));
        String prismaSql = prismaFromEmpty(c);

        SqlSchema fromOurs = create(ours, ourSql, calculated, c);
        SqlSchema fromPrismas = create(prismas, prismaSql, calculated, c);

        Migration drift = SchemaDiffer.of(POSTGRES).diff(fromPrismas, fromOurs);
        assertThat(drift.steps()).as("the catalogs differ:\n%s", DriftSummary.render(drift)).isEmpty();
        List<String> different = new ArrayList<>();
        for (Table t : fromPrismas.tables()) {
            if (!fromOurs.tables().contains(t)) {
                different.add(t + "\n  ours: " + fromOurs.table(t.namespace(), t.name()).orElse(null));
            }
        }
        assertThat(different).as("tables described differently").isEmpty();
        assertThat(fromOurs).isEqualTo(fromPrismas);
        System.out.printf("[oracle] %s: %d tables, %d enums, same catalog%n", c.name(), fromOurs.tables().size(),
                fromOurs.enums().size());
    }

    /** Empties the database, runs the script as deploy would, and describes the result. */
    private static SqlSchema create(TestDatabase database, String script, SqlSchema calculated, Case c)
            throws SQLException {
        try (Connection connection = POSTGRES.connections().openForScripts(ConnectionUrl.parse(database.prismaUrl()));
                Statement s = connection.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            for (var e : calculated.extensions()) {
                if (!available(connection, e.name())) {
                    Assumptions.abort(c.name() + " needs extension " + e.name() + ", not installed on this server");
                }
            }
            if (calculated.tables().stream().flatMap(t -> t.columns().stream())
                    .anyMatch(col -> col.type().sqlType().equals("CITEXT"))) {
                s.execute("CREATE EXTENSION IF NOT EXISTS citext"); // what the project's own migrations do
            }
            POSTGRES.connections().runScript(connection, script);
            return Describer.postgres(List.of("public")).describe(connection);
        }
    }

    private static boolean available(Connection connection, String extension) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = '"
                        + extension.replace("'", "''") + "'")) {
            return rs.next();
        }
    }

    /**
     * Prisma's {@code migrate diff --from-empty --to-schema --script} for the schema, written as a
     * Prisma 7 schema: without {@code url}/{@code directUrl}/{@code shadowDatabaseUrl} (Prisma 7
     * rejects them in the schema) and without the {@code metrics} preview feature it no longer knows.
     */
    private static String prismaFromEmpty(Case c) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(workspace.resolve(c.name().replace('/', '_')));
        Path schema = dir.resolve("schema.prisma");
        StringBuilder text = new StringBuilder();
        for (var file : c.files()) {
            for (String line : file.text().split("\n", -1)) {
                if (line.matches("\\s*(url|directUrl|shadowDatabaseUrl)\\s*=.*")) {
                    continue;
                }
                text.append(line.contains("previewFeatures") ? line.replaceAll(",\\s*\"metrics\"|\"metrics\"\\s*,?\\s*", "")
                        : line).append('\n');
            }
        }
        Files.writeString(schema, text.toString());
        Path out = dir.resolve("prisma.sql");
        Path oracle = Path.of(System.getProperty("refract.oracle"));
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". '" + oracle.resolve("env.sh")
                + "' && prisma migrate diff --from-empty --to-schema schema.prisma --script -o prisma.sql")
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("DATABASE_URL", prismas.prismaUrl());
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("prisma migrate diff finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        String sql = Files.readString(out);
        // the engine can end silently (exit 0, no output) when it panics: an empty script is a failure
        assertThat(sql).as("Prisma's script for %s:\n%s", c.name(), output).contains("CREATE TABLE");
        return sql;
    }
}
