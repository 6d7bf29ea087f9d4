package dev.refract.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate reset} on SQLite. */
class ResetCommandTest {
    @TempDir
    Path cwd;
    TestProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProject.sqlite(cwd).schema(DevCommandTest.USER);
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO \"User\" (email) VALUES ('a@x.io')", "CREATE TABLE stray (id INTEGER)");
    }

    @Test
    void withoutATerminalItNeedsForce() throws Exception {
        CliRun run = project.run("migrate", "reset");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Error: Prisma Migrate has detected that the environment is non-interactive. It is"
                + " recommended to run this command in an interactive environment.\n\nUse --force to run this command"
                + " without user interaction.");
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isEqualTo(1);
    }

    @Test
    void forceDropsEverythingAndReappliesTheHistory() throws Exception {
        CliRun run = project.run("migrate", "reset", "--force", "--skip-generate");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Database reset successful\n\nThe following migration(s) have been applied:\n\n"
                + "migrations/\n  └─ " + project.migrations().get(0) + "/\n    └─ migration.sql");
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isZero();
        assertThat(project.strings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                .containsExactly("User", "_prisma_migrations", "sqlite_sequence");
        assertThat(project.run("migrate", "status").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void onATerminalItAsks() throws Exception {
        CliRun declined = project.answering(List.of("n"), "migrate", "reset");
        assertThat(declined.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(declined.out()).contains("? Are you sure you want to reset your database? All data will be lost. ›"
                + " (y/N) n", "Reset cancelled.");
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isEqualTo(1);

        CliRun confirmed = project.answering(List.of("y"), "migrate", "reset");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isEqualTo(ExitCodes.OK);
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isZero();
    }

    @Test
    void seedsAfterwardsUnlessSkipped() {
        project.write("prisma/refract.properties", "# the seed\nseed = echo seeded; echo oops >&2\n");
        CliRun run = project.run("migrate", "reset", "--force");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Running seed command `echo seeded; echo oops >&2` ...\nseeded\n",
                "🌱  The seed command has been executed.");
        assertThat(run.err()).contains("oops");

        assertThat(project.run("migrate", "reset", "--force", "--skip-seed").out()).doesNotContain("Running seed");
    }

    @Test
    void aFailingSeedFailsTheCommand() {
        project.write("prisma/refract.properties", "seed=exit 3\n");
        CliRun run = project.run("migrate", "reset", "--force");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("An error occurred while running the seed command:",
                "Error: Command failed with exit code 3: exit 3");
    }

    @Test
    void emptyFolderStillResets() throws Exception {
        TestProject bare = TestProject.sqlite(cwd.resolve("bare")).schema(DevCommandTest.USER);
        CliRun run = bare.run("migrate", "reset", "--force");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("SQLite database dev.db created at file:./dev.db", "Database reset successful");
    }
}
