package dev.refract.client.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.refract.client.RefractClient;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential suite for one dataset ({@code src/test/resources/oracle/<dataset>}): its schema
 * created once on the class's PostgreSQL database by Refract's migration engine, its catalog run
 * through the real Prisma 7 client and then through {@link RefractClient#execute} on the same
 * database, re-seeded before the first case and after every write, on both sides. One dynamic test
 * per case compares the two outcomes in {@link Canonical} form. A case in {@code known-gaps.txt} is
 * skipped with its reason while it differs and fails once it agrees. Subclasses run only with the
 * {@code refract.oracle} property (Maven profile {@code oracle}): each carries {@code @EnabledIfSystemProperty}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OracleDiffSuite {
    private final TestDatabase db;
    private final String dataset;
    private List<OracleCase> cases;
    private Map<String, JsonObject> prisma;
    private Map<String, JsonObject> refract;
    private Map<String, String> gaps;
    private Canonical canonical;

    OracleDiffSuite(TestDatabase db, String dataset) {
        this.db = db;
        this.dataset = dataset;
    }

    static Path resources() {
        try {
            return Path.of(OracleDiffSuite.class.getResource("/oracle").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Schema schema(Path datasetDir) {
        try {
            ValidationResult result = PrismaSchema.validate("schema.prisma", Files.readString(datasetDir.resolve("schema.prisma")));
            if (!result.isValid()) {
                throw new AssertionError(result.render(false));
            }
            return result.resolved().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void runBothSides(@TempDir Path workspace) throws Exception {
        Path resources = resources();
        Path datasetDir = resources.resolve(dataset);
        Schema schema = schema(datasetDir);
        Dialect dialect = Dialect.of(schema.provider().orElseThrow());
        SqlSchema target = SqlSchemaCalculator.calculate(schema, dialect);
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, target));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        cases = Catalog.load(datasetDir);
        gaps = KnownGaps.load(resources.resolve("known-gaps.txt"));
        canonical = new Canonical(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
        prisma = PrismaSide.run(Path.of(System.getProperty(PrismaSide.PROPERTY)), resources, dataset, cases,
                db.prismaUrl(), workspace);
        String seed = Files.readString(datasetDir.resolve("seed.sql"));
        try (RefractClient client = RefractClient.builder(schema, db::open).build()) {
            refract = new RefractSide(client).run(cases, () -> reseed(seed));
        }
    }

    private void reseed(String seed) {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(seed);
        } catch (SQLException e) {
            throw new IllegalStateException("seeding " + dataset + " failed", e);
        }
    }

    @TestFactory
    Stream<DynamicTest> catalog() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.name(), () -> compare(c)));
    }

    private void compare(OracleCase c) {
        JsonObject fromPrisma = prisma.get(c.name());
        assertThat(fromPrisma).as("Prisma's outcome of %s", c.name()).isNotNull();
        String expected = canonical.outcome(fromPrisma);
        if (c.expectError() != null) {
            assertThat(fromPrisma.has("error") ? Canonical.errorKind(fromPrisma.getAsJsonObject("error")) : "no error")
                    .as("the catalog says %s fails with %s; Prisma: %s", c.name(), c.expectError(), fromPrisma).isEqualTo(c.expectError());
        } else {
            assertThat(fromPrisma.has("error")).as("Prisma failed on %s, which the catalog expects to succeed: %s", c.name(), fromPrisma).isFalse();
        }
        String actual = canonical.outcome(refract.get(c.name()));
        String gap = gaps.get(dataset + "/" + c.name());
        if (gap != null) {
            assertThat(actual).as("%s is listed in known-gaps.txt (%s) but now agrees with Prisma: remove it from the list",
                    c.name(), gap).isNotEqualTo(expected);
            Assumptions.abort("known gap: " + gap);
        }
        assertThat(actual).as("%s %s.%s %s\nRefract's raw outcome: %s", c.name(), c.model(), c.action(), c.args(), refract.get(c.name()))
                .isEqualTo(expected);
    }
}
