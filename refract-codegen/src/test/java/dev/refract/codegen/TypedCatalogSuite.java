package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.Json;
import dev.refract.client.Operation;
import dev.refract.client.RefractClient;
import dev.refract.client.RefractException;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, acceptance 3: the typed API covers the differential suite's catalog
 * ({@code refract-client/src/test/resources/oracle/<dataset>}). The client generated from the
 * dataset's schema is compiled with javac together with {@code typed-catalog/<Program>.java}, which
 * holds one typed call per catalog case (keyed by the case's name). The schema is created once on the
 * class's PostgreSQL database; the catalog runs twice on the same seeded states (re-seeded before the
 * first case and after every write, as the suite does): first every case through the dynamic entry
 * point ({@link RefractClient#execute}), then every case through its typed call (a case without one
 * runs through the dynamic entry point again, so later cases see the same data). One dynamic test per
 * covered case compares the two outcomes ({@link TypedCatalogValues}; errors by Prisma code). A case
 * without a typed call must be listed in {@code typed-catalog/uncovered.txt} with its reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TypedCatalogSuite {
    static final Path CATALOG = Path.of("../refract-client/src/test/resources/oracle");
    static final Path UNCOVERED = Path.of("src/test/resources/typed-catalog/uncovered.txt");
    private static final Set<String> READS = Set.of("findMany", "findFirst", "findFirstOrThrow", "findUnique",
            "findUniqueOrThrow", "count", "aggregate", "groupBy", "$queryRaw");

    /** One catalog entry as {@code RefractClient.execute} takes it. */
    record Case(String name, String model, String action, Map<String, Object> args, String expectError, boolean reset) {
        boolean writes() {
            return !READS.contains(action);
        }
    }

    private final TestDatabase db;
    private final String dataset;
    private final String program;
    private Schema schema;
    private Connection seeding;
    private List<Case> cases;
    private Map<String, Supplier<Object>> typedCalls;
    private final Map<String, Object> dynamicOutcomes = new LinkedHashMap<>();
    private final Map<String, Object> typedOutcomes = new LinkedHashMap<>();

    TypedCatalogSuite(TestDatabase db, String dataset, String program) {
        this.db = db;
        this.dataset = dataset;
        this.program = program;
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void runBothDoors(@TempDir Path dir) throws Exception {
        Path datasetDir = CATALOG.resolve(dataset);
        String text = Files.readString(datasetDir.resolve("schema.prisma"));
        schema = ListsJsonSchema.schema(text);
        Dialect dialect = Dialect.of(schema.provider().orElseThrow());
        String script = MigrationRenderer.of(dialect).script(
                SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        cases = load(datasetDir);
        List<GeneratedFile> generated = JavaClientGenerator.generate(schema, new GeneratorOptions(GeneratorOptions.DEFAULT_PACKAGE,
                GeneratorOptions.DEFAULT_CLIENT_NAME, List.of(new SourceFile("schema.prisma", text))));
        String source = Files.readString(Path.of("src/test/resources/typed-catalog/" + program + ".java"));
        TestCompiler.Result compiled = TestCompiler.compile(dir.resolve("build"), generated, Map.of("demo/" + program + ".java", source));
        assertThat(compiled.errors()).isEmpty();
        Function<RefractClient, Map<String, Supplier<Object>>> calls = (Function<RefractClient, Map<String, Supplier<Object>>>)
                compiled.loader().loadClass("demo." + program).getDeclaredConstructor().newInstance();
        String seed = Files.readString(datasetDir.resolve("seed.sql"));
        TypedCatalogValues.runStart = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        try (RefractClient client = RefractClient.builder(schema, ConnectionUrl.parse(db.prismaUrl())).build();
                Connection seeding = db.open()) {
            this.seeding = seeding;
            typedCalls = calls.apply(client);
            List<Case> needed = needed();
            runAll(needed, seed, c -> dynamicOutcomes.put(c.name(), outcome(() -> dynamic(client, c), true, c)));
            runAll(needed, seed, c -> {
                Supplier<Object> typed = typedCalls.get(c.name());
                typedOutcomes.put(c.name(), typed == null ? outcome(() -> dynamic(client, c), true, c) : outcome(typed, false, c));
            });
        }
    }

    /**
     * The cases to run: the covered ones and the writes whose outcome a covered case after them reads
     * ({@code afterPrevious}); the others would only be undone by the next re-seed.
     */
    private List<Case> needed() {
        int n = cases.size();
        boolean[] keep = new boolean[n];
        boolean[] demand = new boolean[n + 1]; // demand[i]: a kept case reads the state case i-1 leaves
        for (int i = n - 1; i >= 0; i--) {
            Case c = cases.get(i);
            keep[i] = typedCalls.containsKey(c.name()) || (c.writes() && demand[i + 1]);
            demand[i] = !c.reset() && (keep[i] || demand[i + 1]);
        }
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(cases.get(i));
            }
        }
        return out;
    }

    /** Runs the cases in order, re-seeding before each that wants the seeded state unless nothing was written since. */
    private void runAll(List<Case> needed, String seed, Consumer<Case> run) {
        boolean clean = false;
        for (Case c : needed) {
            if (c.reset() && !clean) {
                reseed(seed);
                clean = true;
            }
            run.accept(c);
            clean = clean && !c.writes();
        }
    }

    private Object outcome(Supplier<Object> call, boolean isDynamic, Case c) {
        try {
            Object result = call.get();
            if (result instanceof Canonical canonical) {
                return canonical.value();
            }
            return isDynamic ? TypedCatalogValues.dynamic(result, modelOf(c)) : TypedCatalogValues.typed(result);
        } catch (RefractException e) {
            return "error " + e.code();
        } catch (RuntimeException e) {
            return "error " + e;
        }
    }

    private Model modelOf(Case c) {
        return c.model() == null ? null : schema.model(c.model()).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Object dynamic(RefractClient client, Case c) {
        switch (c.action()) {
            case "$transaction": {
                List<Operation> operations = new ArrayList<>();
                List<Model> models = new ArrayList<>();
                for (Object o : (List<Object>) c.args().get("operations")) {
                    Map<String, Object> op = (Map<String, Object>) o;
                    Map<String, Object> args = op.containsKey("args") ? (Map<String, Object>) op.get("args") : Map.of();
                    operations.add(Operation.of((String) op.get("model"), (String) op.get("action"), args));
                    models.add(schema.model((String) op.get("model")).orElse(null));
                }
                List<Object> results = client.transaction(operations);
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < results.size(); i++) {
                    out.add(TypedCatalogValues.dynamic(results.get(i), models.get(i)));
                }
                return new Canonical(out);
            }
            case "$queryRaw":
            case "$executeRaw": {
                Map<String, Object> raw = new LinkedHashMap<>();
                raw.put("query", c.args().get("sql"));
                raw.put("parameters", c.args().getOrDefault("parameters", List.of()));
                return client.execute(null, c.action().substring(1), raw);
            }
            default:
                return client.execute(c.model(), c.action(), c.args());
        }
    }

    /** A value already in canonical form (a batch's results, each by its own model). */
    record Canonical(Object value) {
    }

    private void reseed(String seed) {
        try (Statement s = seeding.createStatement()) {
            s.execute(seed);
        } catch (SQLException e) {
            throw new IllegalStateException("seeding " + dataset + " failed", e);
        }
    }

    @TestFactory
    Stream<DynamicTest> typedAgreesWithDynamic() {
        return cases.stream().filter(c -> typedCalls.containsKey(c.name()))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Object dynamic = dynamicOutcomes.get(c.name());
                    Object typed = TypedCatalogValues.align(typedOutcomes.get(c.name()), dynamic);
                    // the catalog says which cases fail: a comparison of two identical failures proves nothing otherwise
                    assertThat(String.valueOf(dynamic).startsWith("error ")).as("%s fails through the dynamic door: %s", c.name(), dynamic)
                            .isEqualTo(c.expectError() != null);
                    assertThat(String.valueOf(typed)).as("%s %s.%s %s", c.name(), c.model(), c.action(), c.args())
                            .isEqualTo(String.valueOf(dynamic));
                }));
    }

    @Test
    void everyCaseIsCoveredOrListed() {
        Map<String, String> uncovered = uncovered(dataset);
        Set<String> names = new HashSet<>();
        cases.forEach(c -> names.add(c.name()));
        assertThat(typedCalls.keySet()).as("typed calls for cases not in the catalog").isSubsetOf(names);
        assertThat(uncovered.keySet()).as("uncovered.txt lists cases not in the catalog").isSubsetOf(names);
        for (String name : names) {
            assertThat(typedCalls.containsKey(name) || uncovered.containsKey(name))
                    .as("%s/%s has no typed call: add one or list it in %s with the reason", dataset, name, UNCOVERED).isTrue();
            assertThat(typedCalls.containsKey(name) && uncovered.containsKey(name))
                    .as("%s/%s is covered: remove it from %s", dataset, name, UNCOVERED).isFalse();
        }
    }

    /** {@code uncovered.txt}: {@code <dataset>/<case>  <reason>} a line, {@code #} comments. */
    static Map<String, String> uncovered(String dataset) {
        try {
            Map<String, String> out = new TreeMap<>();
            for (String line : Files.readAllLines(UNCOVERED)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+", 2);
                assertThat(parts).as("no reason given on %s", l).hasSize(2);
                if (parts[0].startsWith(dataset + "/")) {
                    out.put(parts[0].substring(dataset.length() + 1), parts[1]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog as {@code Catalog} in refract-client's tests reads it, args as {@code Args.toJava} converts them. */
    @SuppressWarnings("unchecked")
    static List<Case> load(Path datasetDir) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<Boolean> afterPrevious = new ArrayList<>();
        try (Stream<Path> files = Files.list(datasetDir.resolve("cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (Object entry : Json.parse(Files.readString(file)).asArray()) {
                    Map<String, Object> o = (Map<String, Object>) entry;
                    Map<String, Object> args = o.get("args") == null ? new LinkedHashMap<>() : (Map<String, Object>) toJava(o.get("args"));
                    cases.add(new Case((String) o.get("name"), (String) o.get("model"), (String) o.get("action"), args,
                            (String) o.get("expectError"), false));
                    afterPrevious.add(Boolean.TRUE.equals(o.get("afterPrevious")));
                }
            }
        }
        List<Case> flagged = new ArrayList<>();
        boolean dirty = true;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            boolean keep = afterPrevious.get(i);
            flagged.add(new Case(c.name(), c.model(), c.action(), c.args(), c.expectError(), dirty && !keep));
            dirty = c.writes() || (dirty && keep);
        }
        return flagged;
    }

    @SuppressWarnings("unchecked")
    private static Object toJava(Object v) {
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(toJava(e)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> o = (Map<String, Object>) m;
            if (o.size() == 1 && o.containsKey("$bytes")) {
                return Base64.getDecoder().decode((String) o.get("$bytes"));
            }
            if (o.size() == 1 && o.containsKey("$bigint")) {
                return Long.parseLong((String) o.get("$bigint"));
            }
            if (o.size() == 1 && o.containsKey("$json")) {
                Map<String, Object> tag = new LinkedHashMap<>();
                tag.put("$type", "Enum");
                tag.put("value", o.get("$json"));
                return tag;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            o.forEach((k, e) -> out.put(k, toJava(e)));
            return out;
        }
        if (v instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString());
            if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
                try {
                    long l = d.longValueExact();
                    return l == (int) l ? (Object) (int) l : (Object) l;
                } catch (ArithmeticException tooBig) {
                    return d;
                }
            }
            return d;
        }
        return v;
    }
}
