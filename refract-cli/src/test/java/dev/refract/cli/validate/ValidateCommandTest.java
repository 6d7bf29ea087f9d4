package dev.refract.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String VALID = """
            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;

    /** Two syntax errors, on lines 7 and 9. */
    static final String INVALID = """
            datasource db {
              provider = "sqlite"
            }

            model User {
              id Int @id
              name String @@@
            }
            foo bar
            """;

    @TempDir
    Path cwd;

    private CliRun refract(String... args) {
        return CliRun.run(CliContext.of(cwd), args);
    }

    private void write(String relative, String text) throws IOException {
        Path file = cwd.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aValidSchemaAtTheDefaultLocation() throws IOException {
        write("prisma/schema.prisma", VALID);

        CliRun run = refract("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("The schema at prisma/schema.prisma is valid \uD83D\uDE80\n");
        assertThat(run.err()).isEqualTo("Prisma schema loaded from prisma/schema.prisma.\n");
    }

    @Test
    void defaultLookupTakesSchemaPrismaInTheWorkingDirectoryFirst() throws IOException {
        write("schema.prisma", VALID);
        write("prisma/schema.prisma", INVALID);

        CliRun run = refract("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("The schema at schema.prisma is valid");
    }

    @Test
    void anExplicitFile() throws IOException {
        write("db/main.prisma", VALID);

        CliRun run = refract("validate", "--schema", "db/main.prisma");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("The schema at db/main.prisma is valid");
    }

    @Test
    void aFolderSchemaIsValidatedAsOneSchema() throws IOException {
        write("prisma/schema/datasource.prisma", "datasource db {\n  provider = \"sqlite\"\n}\n");
        write("prisma/schema/models/user.prisma", "model User {\n  id Int @id\n}\n");

        CliRun run = refract("validate", "--schema=prisma/schema");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("The schemas at prisma/schema are valid \uD83D\uDE80\n");
    }

    @Test
    void errorsInAFolderSchemaNameTheFileRelativeToTheWorkingDirectory() throws IOException {
        write("prisma/schema/datasource.prisma", "datasource db {\n  provider = \"sqlite\"\n}\n");
        write("prisma/schema/models/user.prisma", "model User {\n  id Int @id\n  !!\n}\n");

        CliRun run = refract("validate", "--schema", "prisma/schema");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("  -->  prisma/schema/models/user.prisma:3");
    }

    @Test
    void anInvalidSchemaPrintsTheDiagnosticsInPrismasP1012Frame() throws IOException {
        write("schema.prisma", INVALID);

        CliRun run = refract("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("""
                Prisma schema loaded from schema.prisma.

                Error: Prisma schema validation
                Error code: P1012
                error:\s""");
        assertThat(run.err()).contains("""
                  -->  schema.prisma:7
                   |\s
                 6 |   id Int @id
                 7 |   name String @@@
                """);
        assertThat(run.err()).contains("  -->  schema.prisma:9\n");
        assertThat(run.err()).contains("""
                   |\s

                Validation Error Count: 2
                [Context: validate]

                Refract CLI Version : """);
        assertThat(run.err()).doesNotContain("\u001b[");
    }

    @Test
    void diagnosticsAreColouredOnlyOnATerminalWithoutNoColor() throws IOException {
        write("schema.prisma", INVALID);

        CliRun terminal = CliRun.run(new CliContext(cwd, Map.of(), true), "validate");
        CliRun noColor = CliRun.run(new CliContext(cwd, Map.of("NO_COLOR", "1"), true), "validate");

        assertThat(terminal.err()).contains("\u001b[");
        assertThat(noColor.err()).doesNotContain("\u001b[");
        assertThat(noColor.err()).isEqualTo(refract("validate").err());
    }

    @Test
    void noSchemaAtTheDefaultLocations() {
        CliRun run = refract("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("Error: Could not find a Prisma schema: checked schema.prisma and "
                + "prisma/schema.prisma; use --schema to give a schema file or folder\n");
    }

    @Test
    void aMissingFile() {
        CliRun run = refract("validate", "--schema", "nope.prisma");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .isEqualTo("Error: Could not load the schema at `nope.prisma`: file or directory not found\n");
    }

    @Test
    void aFolderWithoutSchemaFiles() throws IOException {
        Files.createDirectories(cwd.resolve("empty"));

        CliRun run = refract("validate", "--schema", "empty");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("Error: Could not load the schema at `empty`: the folder has no .prisma files\n");
    }

    @Test
    void aBinaryFile() throws IOException {
        Files.write(cwd.resolve("schema.prisma"), new byte[] {'m', 'o', 'd', 'e', 'l', 0, 1, 2});

        CliRun run = refract("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(
                "Error: Could not read schema file `schema.prisma`: it is a binary file (NUL byte on line 1)\n");
    }

    @Test
    void aFileThatIsNotUtf8() throws IOException {
        Files.write(cwd.resolve("schema.prisma"), "// gr\u00fc\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = refract("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(
                "Error: Could not read schema file `schema.prisma`: it is not valid UTF-8 text (line 1)\n");
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path file = Files.writeString(cwd.resolve("schema.prisma"), VALID);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(file), "running with privileges that read any file (root)");

        CliRun run = refract("validate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("Error: Could not read schema file `schema.prisma`: permission denied\n");
    }
}
