package dev.refract.cli.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.TestProject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refract studio} as its own process, stopped as a user stops it: Ctrl-C (SIGINT) ends it,
 * the port is closed, and the exit is the JVM's for an interrupt. Where this test's own process
 * ignores SIGINT (started in the background by a non-interactive shell, which its children inherit),
 * SIGTERM stands in: both run the same shutdown hook.
 */
@EnabledOnOs(OS.LINUX)
class StudioProcessTest {
    @TempDir
    Path cwd;

    @Test
    void ctrlCStopsTheServer() throws Exception {
        TestProject project = TestProject.sqlite(cwd).schema(StudioCommandTest.MODELS);
        CliRun push = project.run("db", "push", "--skip-generate");
        assertThat(push.exitCode()).as(push.err()).isEqualTo(ExitCodes.OK);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process studio = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classPath, "dev.refract.cli.Main",
                "studio", "--port", "0", "--browser", "none")).directory(cwd.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(studio.getInputStream(), StandardCharsets.UTF_8));
            Pattern up = Pattern.compile("Refract Studio is up on (http://127\\.0\\.0\\.1:(\\d+)/\\?token=(\\S+))");
            Matcher m = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher candidate = up.matcher(line);
                if (candidate.find()) {
                    m = candidate;
                    break;
                }
            }
            assertThat(m).as("the URL line").isNotNull();
            URI models = URI.create("http://127.0.0.1:" + m.group(2) + "/api/models");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(models).header("X-Refract-Token", m.group(3))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);

            boolean interruptible = !ignoresSigint();
            new ProcessBuilder("kill", interruptible ? "-INT" : "-TERM", String.valueOf(studio.pid())).start().waitFor();
            assertThat(studio.waitFor(20, TimeUnit.SECONDS)).as("Studio stopped").isTrue();
            assertThat(studio.exitValue()).isEqualTo(interruptible ? 130 : 143);
            try {
                http.send(HttpRequest.newBuilder(models).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("Studio still answers after it stopped");
            } catch (java.io.IOException closed) {
                // the port is closed
            }
        } finally {
            studio.destroyForcibly();
        }
    }

    /** Whether SIGINT is ignored in this process (and so in the children it starts). */
    private static boolean ignoresSigint() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
