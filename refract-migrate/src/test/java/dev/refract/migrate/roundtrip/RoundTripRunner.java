package dev.refract.migrate.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.introspect.IntrospectionResult;
import dev.refract.migrate.introspect.Introspector;
import dev.refract.migrate.introspect.PreviousSchema;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.testing.CorpusSchemas;
import dev.refract.migrate.testing.Goldens;
import dev.refract.migrate.testing.CorpusSchemas.Case;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Acceptance 2 and 3 on one database, for every valid corpus schema (real projects and Prisma's
 * valid psl-validation cases) of the database's provider, and PostgreSQL ones also on MariaDB and
 * SQLite when the schema still validates with the provider swapped:
 * <ol>
 *   <li>calculate the schema, diff it from an empty database, render, apply to an empty database;</li>
 *   <li>describe that database and diff it against the calculated schema again: no steps (or, for the
 *       few schemas whose database cannot read back as written, for Prisma neither, the drift kept in
 *       {@code src/test/resources/roundtrip/expected-drift});</li>
 *   <li>round trip: introspect the described database ({@code db pull}, once keeping the schema as
 *       previous schema and once with {@code --force}), validate the pulled schema, calculate it and
 *       diff the described database against it: no steps.</li>
 * </ol>
 * Cases that cannot run here are skipped with the reason (the provider swap does not validate, or an
 * extension the schema needs is not installed on the server); a last test prints the counts.
 */
final class RoundTripRunner {
    private final String provider;
    private final TestDatabase database;
    private final Dialect dialect;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();

    RoundTripRunner(String provider, TestDatabase database) {
        this.provider = provider;
        this.database = database;
        this.dialect = Dialect.of(Provider.parse(provider).orElseThrow());
    }

    Stream<DynamicTest> tests() {
        List<Case> cases = new ArrayList<>(CorpusSchemas.projects());
        cases.addAll(CorpusSchemas.validPslCases());
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases) {
            if (c.canonicalProvider().equals(provider)) {
                tests.add(DynamicTest.dynamicTest(c.name(), () -> run(c, "native")));
            } else if (c.canonicalProvider().equals("postgresql")) {
                tests.add(DynamicTest.dynamicTest(c.name() + " (from PostgreSQL)", () -> run(c, "swapped")));
            }
        }
        tests.add(DynamicTest.dynamicTest("summary", this::summary));
        return tests.stream();
    }

    private void run(Case c, String origin) throws SQLException {
        Case subject = origin.equals("native") ? c : c.withProvider(provider).orElseThrow();
        ValidationResult validation = PrismaSchema.validate(subject.files());
        if (!validation.isValid()) {
            assertThat(origin).as("a valid corpus schema fails validation:\n%s", validation.render(false))
                    .isEqualTo("swapped");
            skip(c, origin, "does not validate for " + provider + ": " + firstError(validation));
        }
        Schema schema = validation.resolved().orElseThrow();
        List<String> namespaces = schema.datasource().map(Datasource::schemas).orElse(List.of());
        if (provider.equals("mysql") && !namespaces.isEmpty()) {
            skip(c, origin, "multiSchema on MySQL needs databases of its own on the shared server");
        }
        SqlSchema calculated = SqlSchemaCalculator.calculate(schema, dialect);
        SchemaDiffer differ;
        SqlSchema described;
        // connected and run as migrate deploy runs a migration script
        try (Connection connection = dialect.connections().openForScripts(ConnectionUrl.parse(database.prismaUrl()))) {
            List<String> missing = database.kind() == DatabaseKind.POSTGRES ? missingExtensions(connection, calculated)
                    : List.of();
            if (!missing.isEmpty()) {
                skip(c, origin, "needs extensions this server does not have: " + missing);
            }
            differ = isMariaDb(connection) ? SchemaDiffer.mariaDb() : SchemaDiffer.of(dialect);
            empty(connection);
            if (database.kind() == DatabaseKind.POSTGRES) {
                installUndeclaredExtensions(connection, calculated);
            }
            String script = MigrationRenderer.of(dialect)
                    .script(differ.diff(new SqlSchema(List.of(), List.of(), List.of(), List.of()), calculated));
            dialect.connections().runScript(connection, script);
            described = Describer.forDialect(dialect, namespaces).describe(connection);
        }
        Migration drift = differ.diff(described, calculated);
        Goldens.check(expectedDrift(c, origin), drift.isEmpty() ? null : DriftSummary.render(drift) + "\n");

        Provider p = Provider.parse(provider).orElseThrow();
        PreviousSchema previous = new PreviousSchema(validation);
        roundTrip(differ, described, Introspector.introspect(described, p, Optional.of(previous)), "db pull");
        roundTrip(differ, described, Introspector.introspect(described, p, Optional.of(previous.forConfigurationOnly())),
                "db pull --force");
        counts.merge("passed (" + origin + ")", 1, Integer::sum);
    }

    private void roundTrip(SchemaDiffer differ, SqlSchema described, IntrospectionResult pulled, String how) {
        ValidationResult validation = PrismaSchema.validate(pulled.files());
        assertThat(validation.isValid()).as("the schema %s wrote is invalid:\n%s\n%s", how, validation.render(false),
                pulled.text()).isTrue();
        SqlSchema recalculated = SqlSchemaCalculator.calculate(validation.resolved().orElseThrow(), dialect);
        Migration drift = differ.diff(described, recalculated);
        if (!drift.isEmpty()) {
            System.out.println(pulled.text());
        }
        assertNoSteps(drift, "the database against the schema " + how + " wrote");
    }

    /**
     * Where a case keeps the drift it is known to have on this database (a schema Prisma accepts,
     * whose database does not read back as written, for Prisma too): see the folder's README.
     */
    private Path expectedDrift(Case c, String origin) {
        String file = c.name().replace('/', '.') + (origin.equals("swapped") ? ".from-postgresql" : "") + ".txt";
        return Path.of("src/test/resources/roundtrip/expected-drift", provider, file);
    }

    private void assertNoSteps(Migration migration, String what) {
        assertThat(migration.steps()).as("%s differs:\n%s\n%s", what, DriftSummary.render(migration),
                MigrationRenderer.of(dialect).script(migration)).isEmpty();
    }

    private void skip(Case c, String origin, String reason) {
        counts.merge("skipped (" + origin + ")", 1, Integer::sum);
        skipped.add(c.name() + ": " + reason);
        Assumptions.abort(reason);
    }

    private void summary() {
        System.out.printf("[round trip] %s: %s%n", provider, counts);
        skipped.forEach(s -> System.out.println("  skipped " + s));
    }

    private static String firstError(ValidationResult validation) {
        return validation.render(false).lines().filter(l -> l.startsWith("error:")).findFirst().orElse("?");
    }

    /** The extensions (and versions) a schema asks for that the PostgreSQL server cannot install. */
    private List<String> missingExtensions(Connection connection, SqlSchema schema) throws SQLException {
        List<String> missing = new ArrayList<>();
        if (schema.extensions().isEmpty()) {
            return missing;
        }
        List<String> available = names(connection, "SELECT name || ' ' || version FROM pg_available_extension_versions");
        for (Extension e : schema.extensions()) {
            boolean found = available.stream().anyMatch(a -> a.startsWith(e.name() + " ")
                    && (e.version() == null || a.equals(e.name() + " " + e.version())));
            if (!found) {
                missing.add(e.version() == null ? e.name() : e.name() + " " + e.version());
            }
        }
        return missing;
    }

    /**
     * Installs what a schema's native types need but the schema does not declare, as the project's
     * own migrations do ({@code @db.Citext} without {@code extensions = [citext]}).
     */
    private void installUndeclaredExtensions(Connection connection, SqlSchema schema) throws SQLException {
        boolean citext = schema.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.type().sqlType().equals("CITEXT"));
        if (citext && schema.extensions().stream().noneMatch(e -> e.name().equals("citext"))) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS citext");
            }
        }
    }

    static boolean isMariaDb(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
    }

    /** Drops everything the previous case created. */
    private void empty(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            switch (database.kind()) {
                case POSTGRES -> {
                    for (String schema : names(connection, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE"
                            + " 'pg\\_%' AND nspname <> 'information_schema'")) {
                        s.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
                    }
                    s.execute("CREATE SCHEMA public");
                }
                case MYSQL -> {
                    s.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String t : names(connection, "SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE()")) {
                        s.execute("DROP TABLE `" + t + "`");
                    }
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                case SQLITE -> {
                    s.execute("PRAGMA foreign_keys = OFF");
                    for (String t : names(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"
                            + " AND name NOT LIKE 'sqlite_%'")) {
                        s.execute("DROP TABLE \"" + t + "\"");
                    }
                    s.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
