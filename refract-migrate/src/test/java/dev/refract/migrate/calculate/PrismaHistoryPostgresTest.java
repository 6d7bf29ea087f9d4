package dev.refract.migrate.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.calculate.SchemaComparison.Mismatch;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.history.Migrations;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two corpus projects whose migration history Prisma wrote: every migration deployed to an
 * empty PostgreSQL database, the result described, and compared table by table, column by column
 * with the schema calculated from the project's schema.prisma, more strictly than the differ
 * compares. Differences the history itself makes (hand-written SQL, enum values appended later)
 * are sorted out by cause; none may be the calculator's or the describer's. What the differ (and
 * Prisma) make of them is checked by {@code history.CorpusDeployPostgresTest}.
 */
@PostgresTest
class PrismaHistoryPostgresTest {

    /** Why a described and a calculated object differ. */
    enum Cause {
        /** {@code ALTER TYPE ... ADD VALUE} appends: same values, the history's order (no difference for Prisma). */
        ENUM_VALUE_ORDER,
        /** A hand-written {@code TEXT[] NOT NULL}: Prisma never writes it, and its differ ignores a list's nullability. */
        LIST_NOT_NULL,
        /**
         * A hand-written name longer than 63 bytes, cut by PostgreSQL where Prisma cuts its default name
         * earlier: Prisma's migrate diff reports a renamed index.
         */
        NAME_CUT_BY_POSTGRES,
        /** Anything else: the calculator or the describer is wrong. */
        CALCULATOR
    }

    @ParameterizedTest
    @ValueSource(strings = {"langfuse__langfuse", "elie222__inbox-zero"})
    void calculatedSchemaMatchesWhatTheHistoryCreated(String project, TestDatabase database) throws Exception {
        Path folder = Corpus.root().resolve("migrations").resolve(project);
        ValidationResult result = PrismaSchema.validate(
                List.of(new SourceFile("schema.prisma", Files.readString(folder.resolve("schema.prisma")))));
        assertThat(result.isValid()).as(result.render(false)).isTrue();
        SqlSchema calculated = SqlSchemaCalculator.calculate(result.resolved().orElseThrow());

        SqlSchema described;
        database.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
        Migrations.builder(ConnectionUrl.parse(database.prismaUrl()), folder.resolve("migrations"))
                .provider(Provider.POSTGRESQL).build().deploy();
        try (Connection connection = database.open()) {
            described = Describer.postgres(List.of("public")).describe(connection);
        }

        Map<Cause, List<Mismatch>> byCause = classify(SchemaComparison.compare(described, calculated));
        System.out.printf("[calculate] %s: %d tables, %d mismatches: %s%n", project, calculated.tables().size(),
                byCause.values().stream().mapToInt(List::size).sum(), counts(byCause));
        byCause.forEach((cause, list) -> list.forEach(m -> System.out.println("  " + cause + ": " + m)));
        assertThat(calculated.tables()).hasSizeGreaterThan(60);
        assertThat(byCause.get(Cause.CALCULATOR)).isEmpty();
    }

    static Map<Cause, List<Mismatch>> classify(List<Mismatch> mismatches) {
        Map<Cause, List<Mismatch>> out = new EnumMap<>(Cause.class);
        for (Cause cause : Cause.values()) {
            out.put(cause, new ArrayList<>());
        }
        for (Mismatch m : mismatches) {
            out.get(cause(m, mismatches)).add(m);
        }
        return out;
    }

    private static Cause cause(Mismatch m, List<Mismatch> all) {
        if (m.described() instanceof SqlEnum d && m.calculated() instanceof SqlEnum c
                && new HashSet<>(d.values()).equals(new HashSet<>(c.values())) && d.values().size() == c.values().size()) {
            return Cause.ENUM_VALUE_ORDER;
        }
        if (m.described() instanceof Column d && m.calculated() instanceof Column c && d.type().list()
                && d.withNullable(c.nullable()).equals(c)) {
            return Cause.LIST_NOT_NULL;
        }
        if (m.what().equals("index") && cutByPostgres(m, all)) {
            return Cause.NAME_CUT_BY_POSTGRES;
        }
        return Cause.CALCULATOR;
    }

    /** A described-only index named by PostgreSQL's 63-byte cut of Prisma's full default name, and its calculated twin. */
    private static boolean cutByPostgres(Mismatch m, List<Mismatch> all) {
        Index index = (Index) (m.described() != null ? m.described() : m.calculated());
        String full = m.table() + "_" + String.join("_", index.columnNames()) + (index.isUnique() ? "_key" : "_idx");
        return all.stream().filter(o -> o.what().equals("index") && m.table().equals(o.table()) && o != m)
                .anyMatch(o -> {
                    Index d = (Index) (m.described() != null ? m.described() : o.described());
                    Index c = (Index) (m.calculated() != null ? m.calculated() : o.calculated());
                    return d != null && c != null && d.columns().equals(c.columns()) && d.kind() == c.kind()
                            && d.name().getBytes(StandardCharsets.UTF_8).length == 63 && full.startsWith(d.name());
                });
    }

    private static String counts(Map<Cause, List<Mismatch>> byCause) {
        StringBuilder out = new StringBuilder();
        byCause.forEach((cause, list) -> out.append(out.isEmpty() ? "" : ", ").append(cause).append('=')
                .append(list.size()));
        return out.toString();
    }
}
