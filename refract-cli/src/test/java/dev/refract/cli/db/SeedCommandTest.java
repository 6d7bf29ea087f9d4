package dev.refract.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db seed}: the command of prisma/refract.properties, run in the working directory. */
class SeedCommandTest {
    @TempDir
    Path cwd;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.sqlite(cwd).schema("");
    }

    @Test
    void withoutASeedItSaysWhereToConfigureIt() {
        CliRun run = project.run("db", "seed");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("⚠️ No seed command configured",
                "add a seed entry to prisma/refract.properties", "seed=mvn");
    }

    @Test
    void runsTheCommandWithExtraArgumentsInTheWorkingDirectory() throws Exception {
        project.write("prisma/refract.properties", "seed=sh prisma/seed.sh\n");
        project.write("prisma/seed.sh", "echo \"args: $*\"; pwd > where.txt\n");
        CliRun run = project.run("db", "seed", "--", "--count", "3");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Running seed command `sh prisma/seed.sh --count 3` ...\nargs: --count 3\n\n"
                + "🌱  The seed command has been executed.\n");
        assertThat(project.read("where.txt").strip()).isEqualTo(cwd.toRealPath().toString());
    }

    @Test
    void aFailingSeedExitsWith1() {
        project.write("prisma/refract.properties", "seed=echo broken >&2; exit 4\n");
        CliRun run = project.run("db", "seed");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("broken", "An error occurred while running the seed command:",
                "Error: Command failed with exit code 4");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        project.write("prisma/refract.properties", "seed=true\n");
        assertThat(project.run("db", "seed", "--nope").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
