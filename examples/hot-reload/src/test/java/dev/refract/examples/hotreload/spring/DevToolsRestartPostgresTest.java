package dev.refract.examples.hotreload.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's second acceptance point: a real Spring Boot 3.5 application with DevTools, whose
 * restarts the test triggers as an IDE build does (a changed file in a classpath folder DevTools watches),
 * so DevTools' own {@code Restarter} reloads the application in a new {@code RestartClassLoader}
 * each time. The application builds a client the careless way on every start. Against a role
 * limited to 20 connections, with connection_limit=5: one pool, backends never above 5, no error.
 */
@PostgresTest
class DevToolsRestartPostgresTest {
    private static final String ROLE = "refract_devtools_" + UUID.randomUUID().toString().substring(0, 8);
    private static final int RESTARTS = 12;
    private static final Pattern READY = Pattern.compile(
            "ready generation=(\\d+) count=(\\S+) app=(\\S+) runtime=(\\S+) pools=(\\d+) clients=(\\d+)");

    private final TestDatabase db;

    @TempDir
    Path dir;

    DevToolsRestartPostgresTest(TestDatabase db) {
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

    @Test
    void devToolsRestartsOfCarelessCodeKeepOnePoolWithinTheConnectionLimit() throws Exception {
        ConnectionUrl base = ConnectionUrl.parse(db.prismaUrl());
        String url = "postgresql://" + ROLE + "@" + base.host() + ":" + base.port() + "/" + base.database()
                + "?connection_limit=5&application_name=" + ROLE;
        // a classpath folder of its own, watched by DevTools as every folder of the application is
        Path watched = Files.createDirectories(dir.resolve("watched"));
        String classpath = watched + File.pathSeparator
                + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath,
                "-Dspring.devtools.restart.poll-interval=300ms",
                "-Dspring.devtools.restart.quiet-period=200ms",
                "-Dspring.devtools.restart.log-condition-evaluation-delta=false",
                "-Dspring.devtools.livereload.enabled=false",
                "-Dspring.main.keep-alive=true",
                "-Dspring.main.banner-mode=off",
                "-Dlogging.level.root=WARN",
                DevToolsApp.class.getName());
        Path errors = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().put("DATABASE_URL", url);
        Process app = builder.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ended) {
                // the process ended
            }
        }, "devtools-app-output");
        reader.setDaemon(true);
        reader.start();
        List<Matcher> starts = new ArrayList<>();
        int maxBackends = 0;
        try {
            starts.add(ready(lines, 1, app, errors));
            maxBackends = backends();
            for (int generation = 2; generation <= RESTARTS + 1; generation++) {
                // what a build in the IDE does: a changed file in a classpath folder, which DevTools answers with a restart
                Files.writeString(watched.resolve("reload.properties"), "generation=" + generation + "\n");
                starts.add(ready(lines, generation, app, errors));
                maxBackends = Math.max(maxBackends, backends());
            }
        } finally {
            app.destroy(); // SIGTERM: the shutdown hooks run (Spring's, and Refract's pool shutdown)
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        int max = maxBackends;
        starts.forEach(start -> System.out.println("[DevToolsRestartPostgresTest] " + start.group()));
        System.out.println("[DevToolsRestartPostgresTest] restarts=" + RESTARTS + " max_backends=" + max);
        assertThat(starts).hasSize(RESTARTS + 1).allSatisfy(start -> {
            assertThat(start.group(2)).as("the query's count").isEqualTo("1");
            assertThat(start.group(5)).as("pools open").isEqualTo("1");
            assertThat(start.group(4)).as("Refract's runtime stays on the base classloader").doesNotContain("RestartClassLoader");
        });
        assertThat(starts.subList(1, starts.size())).allSatisfy(restart -> assertThat(restart.group(3))
                .as("the application is reloaded by DevTools").isEqualTo("org.springframework.boot.devtools.restart.classloader.RestartClassLoader"));
        assertThat(maxBackends).as("backends of the application during the restarts").isBetween(1, 5);
        assertThat(Files.readString(errors)).doesNotContain("too many connections");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (backends() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(backends()).as("backends after the application stopped").isZero();
    }

    private static Matcher ready(BlockingQueue<String> lines, int generation, Process app, Path errors) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                Matcher ready = READY.matcher(line);
                if (ready.matches() && Integer.parseInt(ready.group(1)) == generation) {
                    return ready;
                }
            } else if (!app.isAlive()) {
                break;
            }
        }
        throw new AssertionError("no start " + generation + " of the application; its output:\n" + String.join("\n", seen) + "\nits errors:\n" + Files.readString(errors));
    }

    private int backends() throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            s.setString(1, ROLE);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
