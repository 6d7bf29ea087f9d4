package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's first command: the bundled blog schema stays valid and in Prisma's layout. */
class BlogExampleTest {
    private static final String SCHEMA = "examples/blog/prisma/schema.prisma";

    private static CliContext atRepositoryRoot() {
        Path root = Path.of(System.getProperty("refract.repositoryRoot", ".."));
        assertThat(root.resolve(SCHEMA)).as("the blog example schema").exists();
        return CliContext.of(root);
    }

    @Test
    void theReadmeCommandValidatesTheBlogSchema() {
        CliRun run = CliRun.run(atRepositoryRoot(), "validate", "--schema", SCHEMA);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("The schema at " + SCHEMA + " is valid \uD83D\uDE80\n");
    }

    @Test
    void theBlogSchemaIsFormatted() {
        CliRun run = CliRun.run(atRepositoryRoot(), "format", "--check", "--schema", SCHEMA);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("All files are formatted correctly!\n");
    }
}
