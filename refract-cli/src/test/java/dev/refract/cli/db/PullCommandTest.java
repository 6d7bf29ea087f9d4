package dev.refract.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db pull} on SQLite. */
class PullCommandTest {
    @TempDir
    Path cwd;
    TestProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProject.sqlite(cwd).schema("");
        Files.createFile(cwd.resolve("prisma/dev.db"));
    }

    @Test
    void anEmptyDatabaseIsP4001() {
        CliRun run = project.run("db", "pull");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Error: \nP4001 The introspected database was empty:",
                "Then you can run refract db pull again.");
        assertThat(project.read("prisma/schema.prisma")).doesNotContain("model");
    }

    @Test
    void writesTheSchemaAndKeepsWhatTheSchemaSaid() throws Exception {
        project.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)",
                "CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES users(id))");
        CliRun run = project.run("db", "pull");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("- Introspecting based on datasource defined in prisma/schema.prisma",
                "✔ Introspected 2 models and wrote them into prisma/schema.prisma in ");
        String pulled = project.read("prisma/schema.prisma");
        assertThat(pulled).contains("url      = \"file:./dev.db\"", "model users {", "model posts {", "@relation(");

        project.write("prisma/schema.prisma", pulled.replace("model users {", "/// The people\nmodel users {"));
        assertThat(project.run("db", "pull").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(project.read("prisma/schema.prisma")).contains("/// The people\nmodel users {");

        assertThat(project.run("db", "pull", "--force").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(project.read("prisma/schema.prisma")).doesNotContain("/// The people").contains("model users {");
        assertThat(project.run("migrate", "diff", "--from-url", "file:./prisma/dev.db", "--to-schema",
                "prisma/schema.prisma", "--exit-code").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void printWritesNothing() throws Exception {
        project.execute("CREATE TABLE a (id INTEGER PRIMARY KEY)");
        CliRun run = project.run("db", "pull", "--print");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("datasource db {").contains("model a {").doesNotContain("Introspect");
        assertThat(project.read("prisma/schema.prisma")).doesNotContain("model a");
    }

    @Test
    void warningsArePrinted() throws Exception {
        project.execute("CREATE TABLE nokey (v TEXT)");
        CliRun run = project.run("db", "pull");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("*** WARNING ***");
        assertThat(project.read("prisma/schema.prisma")).contains("@@ignore");
    }
}
