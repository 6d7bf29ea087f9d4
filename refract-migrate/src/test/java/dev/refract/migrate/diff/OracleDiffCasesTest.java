package dev.refract.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.testing.Calculated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff goldens against the real Prisma 7.10 (profile {@code oracle}): for every case on PostgreSQL
 * and SQLite (the oracle's engine has no MySQL connector), Prisma's {@code migrate diff --from-schema
 * --to-schema} script and summary must equal the case's {@code <provider>.sql} (without the warnings
 * comment that {@code migrate dev} adds) and {@code <provider>.summary.txt}.
 */
@EnabledIfSystemProperty(named = "refract.oracle", matches = ".+")
class OracleDiffCasesTest {
    /** Cases where Refract knowingly writes other SQL than Prisma (src/test/oracle/known-differences.md). */
    private static final Map<String, String> KNOWN = Map.of(
            "json-default sqlite", "Prisma renders a JSON default on SQLite unquoted, which SQLite rejects");

    @TempDir
    Path workspace;

    @TestFactory
    Stream<DynamicTest> goldensAreWhatPrismaWrites() {
        return DiffCase.all().stream().flatMap(c -> Stream.of("postgresql", "sqlite").filter(c::appliesTo)
                .map(p -> DynamicTest.dynamicTest(c.name() + " " + p, () -> compare(c, p))));
    }

    private void compare(DiffCase c, String provider) throws IOException, InterruptedException {
        String key = c.name() + " " + provider;
        Path dir = Files.createDirectories(workspace.resolve(c.name() + "-" + provider));
        Files.writeString(dir.resolve("from.prisma"), Calculated.datasource(provider) + c.from());
        Files.writeString(dir.resolve("to.prisma"), Calculated.datasource(provider)
                + c.to().lines().filter(l -> !l.startsWith("// providers:")).reduce("", (a, b) -> a + b + "\n"));
        String diff = "prisma migrate diff --from-schema from.prisma --to-schema to.prisma";
        run(dir, ". '" + Path.of(System.getProperty("refract.oracle")).resolve("env.sh") + "' && " + diff
                + " --script -o prisma.sql && " + diff + " > prisma.summary.txt");
        String sql = Files.readString(c.dir().resolve(provider + ".sql")).replaceFirst("(?s)^/\\*.*?\\*/\n", "");
        if (KNOWN.containsKey(key)) {
            assertThat(trim(Files.readString(dir.resolve("prisma.sql")))).as("a known difference is gone")
                    .isNotEqualTo(trim(sql));
            Assumptions.abort(KNOWN.get(key));
        }
        assertThat(trim(sql)).isEqualTo(trim(Files.readString(dir.resolve("prisma.sql"))));
        assertThat(trim(Files.readString(c.dir().resolve(provider + ".summary.txt"))))
                .isEqualTo(trim(Files.readString(dir.resolve("prisma.summary.txt"))));
    }

    private static String trim(String text) {
        return text.replaceAll("^\\s+|\\s+$", "");
    }

    private static void run(Path dir, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", command)).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("NO_COLOR", "1");
        // the engine connects at start-up although a schema-to-schema diff reads no database
        builder.environment().putIfAbsent("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("prisma finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
