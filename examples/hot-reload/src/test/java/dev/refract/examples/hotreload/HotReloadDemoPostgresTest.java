package dev.refract.examples.hotreload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as {@code bin/hot-reload-demo} runs it (its main class in a JVM of its own), both ways,
 * against a role limited to 20 connections.
 */
@PostgresTest
class HotReloadDemoPostgresTest {
    private static final String ROLE = "refract_demo_" + UUID.randomUUID().toString().substring(0, 8);
    private static final Pattern SUMMARY = Pattern.compile("reloads=(\\d+) max_backends=(\\d+) errors=(\\d+)");

    private final TestDatabase db;

    @TempDir
    Path dir;

    HotReloadDemoPostgresTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void tableAndRole(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE \"Item\" (id integer PRIMARY KEY)", "INSERT INTO \"Item\" VALUES (1)",
                "CREATE ROLE " + ROLE + " LOGIN CONNECTION LIMIT 20", "GRANT SELECT ON \"Item\" TO " + ROLE);
    }

    @AfterAll
    static void dropRole(TestDatabase db) throws SQLException {
        db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + ROLE + "'",
                "DROP OWNED BY " + ROLE, "DROP ROLE " + ROLE);
    }

    private String url() {
        ConnectionUrl base = ConnectionUrl.parse(db.prismaUrl());
        return "postgresql://" + ROLE + "@" + base.host() + ":" + base.port() + "/" + base.database() + "?connection_limit=5";
    }

    private record Run(int exit, List<String> lines) {
        String last() {
            return lines.get(lines.size() - 1);
        }
    }

    private Run demo(String... args) throws Exception {
        File output = dir.resolve("out-" + UUID.randomUUID() + ".txt").toFile();
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HotReloadDemo.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output)
                .redirectError(ProcessBuilder.Redirect.DISCARD); // the 10th-client warning and its stack
        builder.environment().put("DATABASE_URL", url());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the demo ends").isTrue();
        return new Run(process.exitValue(), java.nio.file.Files.readAllLines(output.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void twoHundredCarelessReloadsStayWithinTheConnectionLimit() throws Exception {
        Run run = demo("--reloads", "200");
        assertThat(run.exit()).as(String.join("\n", run.lines())).isZero();
        Matcher summary = SUMMARY.matcher(run.last());
        assertThat(summary.matches()).as(run.last()).isTrue();
        assertThat(summary.group(1)).isEqualTo("200");
        assertThat(Integer.parseInt(summary.group(2))).isBetween(1, 5);
        assertThat(summary.group(3)).isEqualTo("0");
        assertThat(run.lines()).contains("after the run: forgotten clients collected: pools=0 backends=0");
    }

    @Test
    void naivePoolsRunOutOfConnectionsBeforeReloadTenAndSaySo() throws Exception {
        Run run = demo("--naive", "--reloads", "20");
        assertThat(run.exit()).isEqualTo(1);
        Matcher summary = SUMMARY.matcher(run.last());
        assertThat(summary.matches()).as(run.last()).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).isLessThan(10);
        assertThat(Integer.parseInt(summary.group(2))).isGreaterThan(5);
        assertThat(summary.group(3)).isEqualTo("1");
        assertThat(run.lines()).anyMatch(line -> line.matches("reload \\d: error: .*too many connections for role \"" + ROLE + "\".*"));
    }

    @Test
    void wrongArgumentsExitWithTwo() throws Exception {
        assertThat(HotReloadDemo.run(new String[] {"--reloads", "many"}, url(), System.out, new java.io.PrintStream(
                java.io.OutputStream.nullOutputStream()))).isEqualTo(2);
    }
}
