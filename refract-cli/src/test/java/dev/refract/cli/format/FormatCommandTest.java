package dev.refract.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.RefractCli;
import dev.refract.cli.RefractCommand;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FormatCommandTest {
    /** In Prisma's layout already: `prisma format` leaves it unchanged. */
    static final String FORMATTED = """
            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model User {
              id    Int     @id @default(autoincrement())
              email String  @unique
              name  String?
            }
            """;

    /** A stand-in formatter for the command's own behaviour: tabs become two spaces. */
    static final UnaryOperator<List<SourceFile>> TABS_TO_SPACES = files -> files.stream()
            .map(f -> new SourceFile(f.name(), f.text().replace("\t", "  ")))
            .toList();

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path cwd;

    private CliRun refract(String... args) {
        return CliRun.run(CliContext.of(cwd), args);
    }

    private CliRun refractWith(UnaryOperator<List<SourceFile>> formatter, String... args) {
        CliContext context = CliContext.of(cwd);
        CommandLine cli = RefractCli.configure(
                new CommandLine(new RefractCommand()).addSubcommand(new FormatCommand(context, formatter)), context);
        return CliRun.run(cli, args);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = cwd.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, LONG_AGO);
        return file;
    }

    @Test
    void checkPassesOnAFormattedSchema() throws IOException {
        write("prisma/schema.prisma", FORMATTED);

        CliRun run = refract("format", "--check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("All files are formatted correctly!\n");
    }

    @Test
    void formattingAFormattedSchemaWritesNothing() throws IOException {
        Path file = write("prisma/schema.prisma", FORMATTED);

        CliRun run = refract("format");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).matches("Formatted prisma/schema.prisma in \\d+ms \uD83D\uDE80\n");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
    }

    @Test
    void checkFailsAndListsTheFilesThatWouldChangeWithoutWritingThem() throws IOException {
        Path a = write("schema/a.prisma", "datasource db {\n\tprovider = \"sqlite\"\n}\n");
        write("schema/b.prisma", "model B {\n  id Int @id\n}\n");
        Path c = write("schema/c.prisma", "model C {\n\tid Int @id\n}\n");

        CliRun run = refractWith(TABS_TO_SPACES, "format", "--schema", "schema", "--check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("""
                ! There are unformatted files. Run `refract format` to format them:
                  schema/a.prisma
                  schema/c.prisma
                """);
        assertThat(Files.readString(a)).contains("\t");
        assertThat(Files.readString(c)).contains("\t");
    }

    @Test
    void formatWritesOnlyTheFilesThatChange() throws IOException {
        Path a = write("schema/a.prisma", "datasource db {\n\tprovider = \"sqlite\"\n}\n");
        Path b = write("schema/b.prisma", "model B {\n  id Int @id\n}\n");

        CliRun run = refractWith(TABS_TO_SPACES, "format", "--schema", "schema");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Formatted schema in ");
        assertThat(Files.readString(a)).isEqualTo("datasource db {\n  provider = \"sqlite\"\n}\n");
        assertThat(Files.getLastModifiedTime(a)).isNotEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(b)).isEqualTo(LONG_AGO);

        CliRun again = refractWith(TABS_TO_SPACES, "format", "--schema", "schema", "--check");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aSchemaWithErrorsIsNotWrittenAndReportsP1012AsPrismaFormatDoes() throws IOException {
        String invalid = "model User {\n\tid Int @id\n\t!!\n}\n";
        Path file = write("schema.prisma", invalid);

        CliRun run = refractWith(TABS_TO_SPACES, "format");
        CliRun check = refractWith(TABS_TO_SPACES, "format", "--check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Error code: P1012", "Validation Error Count: 1", "  -->  schema.prisma:3");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(invalid);
        assertThat(check.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(check.err()).contains("Error code: P1012").doesNotContain("unformatted");
    }

    @Test
    void fileProblemsAreOneLine() {
        CliRun run = refract("format", "--schema", "missing");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("Error: Could not load the schema at `missing`: file or directory not found\n");
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLine() throws IOException {
        Path file = write("schema.prisma", "model B {\n\tid Int @id\n}\n");
        // a formatter that also removes the file: the write then fails (as for a read-only disk)
        UnaryOperator<List<SourceFile>> thenDelete = files -> {
            try {
                Files.delete(file);
                Files.createDirectories(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return TABS_TO_SPACES.apply(files);
        };

        CliRun run = refractWith(thenDelete, "format");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).endsWith("Error: Could not write `schema.prisma`: Is a directory\n");
        assertThat(run.errHasNoStackTrace()).isTrue();
    }

    @Test
    void durationsReadAsPrismaPrintsThem() {
        assertThat(FormatCommand.duration(7)).isEqualTo("7ms");
        assertThat(FormatCommand.duration(1234)).isEqualTo("1.23s");
    }
}
