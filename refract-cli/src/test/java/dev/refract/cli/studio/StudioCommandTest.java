package dev.refract.cli.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.RefractCli;
import dev.refract.cli.TestProject;
import dev.refract.studio.Studio;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code refract studio} on SQLite: reads the schema and DATABASE_URL as other commands, serves, stops. */
class StudioCommandTest {
    static final String MODELS = """
            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
              posts Post[]
            }

            model Post {
              id       Int    @id @default(autoincrement())
              title    String
              author   User   @relation(fields: [authorId], references: [id])
              authorId Int
            }
            """;

    @TempDir
    Path cwd;
    TestProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProject.sqlite(cwd).schema(MODELS);
        CliRun push = project.run("db", "push", "--skip-generate");
        assertThat(push.exitCode()).as(push.err()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO \"User\" (id, email) VALUES (1, 'a@x.io'), (2, 'b@x.io')",
                "INSERT INTO \"Post\" (title, authorId) VALUES ('hi', 1)");
    }

    private CliRun studio(Consumer<Studio> whileRunning, String... args) {
        CliContext context = new CliContext(cwd, Map.of(), false);
        CommandLine cli = RefractCli.configure(new CommandLine(new StudioCommand(context, studio -> {
            try {
                whileRunning.accept(studio);
            } finally {
                studio.close();
            }
        })), context);
        return CliRun.run(cli, args);
    }

    @Test
    void servesTheSchemasDatabaseOnLoopbackWithATokenAndStopsCleanly() {
        List<String> answers = new ArrayList<>();
        int[] port = new int[1];
        CliRun run = studio(studio -> {
            port[0] = studio.port();
            answers.add(get(studio.url().resolve("/api/models"), studio.token()).body());
            answers.add(String.valueOf(get(studio.url().resolve("/api/models"), null).statusCode()));
        }, "--port", "0", "--browser", "none");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("Datasource \"db\": SQLite database \"dev.db\"");
        assertThat(run.out()).containsPattern("Refract Studio is up on http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}\n")
                .contains("Press Ctrl-C to stop.");
        assertThat(answers.get(0)).isEqualTo("{\"models\":[{\"name\":\"User\",\"count\":2},{\"name\":\"Post\",\"count\":1}]}");
        assertThat(answers.get(1)).isEqualTo("401");
        assertThat(portIsFree(port[0])).as("the server stopped").isTrue();
    }

    @Test
    void opensTheUrlWithTheBrowserCommand() throws Exception {
        Path opened = cwd.resolve("opened.txt");
        Path script = Files.writeString(cwd.resolve("browser.sh"), "echo \"$1\" > '" + opened + "'\n");
        String[] url = new String[1];
        CliRun run = studio(studio -> {
            url[0] = studio.url().toString();
            for (int i = 0; i < 50 && !Files.exists(opened); i++) {
                sleep();
            }
        }, "--port", "0", "--browser", "sh " + script);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(opened).trim()).isEqualTo(url[0]);
    }

    @Test
    void aPortInUseIsAClearFailure() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun run = studio(studio -> { }, "--port", String.valueOf(taken.getLocalPort()), "--browser", "none");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("Cannot serve on 127.0.0.1:" + taken.getLocalPort()).contains("--port");
            assertThat(run.errHasNoStackTrace()).isTrue();
        }
    }

    private static HttpResponse<String> get(URI uri, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
            if (token != null) {
                b.header("X-Refract-Token", token);
            }
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.isBound();
        } catch (Exception e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
