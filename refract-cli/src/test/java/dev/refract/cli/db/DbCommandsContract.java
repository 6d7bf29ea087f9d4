package dev.refract.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.ServerProjects;
import dev.refract.cli.TestProject;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db push} and {@code db pull} on a database server, each test on a fresh database. */
abstract class DbCommandsContract {
    @TempDir
    Path cwd;
    TestDatabase database;
    TestProject project;

    abstract ServerProjects server();

    @BeforeEach
    void setUp() {
        database = TestDatabases.create(server().kind(), "cli_db");
        project = server().project(cwd, database).schema(PushCommandTest.POSTS);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private String q(String name) {
        return server().quote(name);
    }

    @Test
    void pushCreatesTheTablesAndRefusesDataLossWithoutConsent() throws Exception {
        CliRun push = project.run("db", "push");
        assertThat(push.exitCode()).as(push.err()).isEqualTo(ExitCodes.OK);
        assertThat(push.out()).contains("Your database is now in sync with your Prisma schema.");
        assertThat(server().tables(project)).containsExactly("Post", "User");
        assertThat(project.run("db", "push").out()).contains("The database is already in sync with the Prisma schema.");

        project.execute("INSERT INTO " + q("User") + " (email) VALUES ('a@x.io')",
                "INSERT INTO " + q("Post") + " (id, title, " + q("authorId") + ") VALUES (1, 't', 1)");
        project.schema(PushCommandTest.USERS);
        CliRun refused = project.run("db", "push");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.out()).contains("You are about to drop the `Post` table, which is not empty (1 rows).");
        assertThat(server().tables(project)).containsExactly("Post", "User");

        CliRun accepted = project.run("db", "push", "--accept-data-loss");
        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
        assertThat(server().tables(project)).containsExactly("User");
        assertThat(project.run("migrate", "diff", "--from-url", project.url(), "--to-schema", "prisma/schema.prisma",
                "--exit-code").exitCode()).isEqualTo(ExitCodes.OK);

        CliRun reset = project.run("db", "push", "--force-reset");
        assertThat(reset.exitCode()).as(reset.err()).isEqualTo(ExitCodes.OK);
        assertThat(reset.out()).contains("was successfully reset.");
        assertThat(project.count("SELECT COUNT(*) FROM " + q("User"))).isZero();
    }

    @Test
    void pullWritesWhatPushCreated() throws Exception {
        CliRun empty = project.run("db", "pull");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(empty.err()).contains("P4001 The introspected database was empty:");

        assertThat(project.run("db", "push").exitCode()).isEqualTo(ExitCodes.OK);
        project.schema("");
        CliRun pull = project.run("db", "pull");
        assertThat(pull.exitCode()).as(pull.err()).isEqualTo(ExitCodes.OK);
        assertThat(pull.out()).contains("✔ Introspected 2 models and wrote them into prisma/schema.prisma in ");
        assertThat(project.read("prisma/schema.prisma")).contains("model User {", "model Post {", "@relation(");
        assertThat(project.run("migrate", "diff", "--from-url", project.url(), "--to-schema", "prisma/schema.prisma",
                "--exit-code").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(project.run("db", "pull", "--print").out()).contains("model Post {");
    }
}
