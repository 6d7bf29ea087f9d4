package dev.refract.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.schema.SchemaLoadException.Reason;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFilesTest {
    private static final String MODEL = "model User {\n  id Int @id\n}\n";

    @TempDir
    Path cwd;

    private Path write(String relative, String text) throws IOException {
        Path file = cwd.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path writeBytes(String relative, byte[] bytes) throws IOException {
        Path file = cwd.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void loadsAnExplicitFileNamedRelativeToTheWorkingDirectory() throws IOException {
        Path file = write("db/main.prisma", MODEL);

        LoadedSchema schema = SchemaFiles.load(cwd, "db/main.prisma");

        assertThat(schema.folder()).isFalse();
        assertThat(schema.location()).isEqualTo(file.toAbsolutePath());
        assertThat(schema.displayPath()).isEqualTo("db/main.prisma");
        assertThat(schema.files()).containsExactly(new SourceFile("db/main.prisma", MODEL));
        assertThat(schema.pathOf(0)).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void anExplicitPathIsNormalisedAndMayLeadOutsideTheWorkingDirectory() throws IOException {
        write("a/schema.prisma", MODEL);
        Path sub = Files.createDirectories(cwd.resolve("b/c"));

        LoadedSchema schema = SchemaFiles.load(sub, "../../a/./schema.prisma");

        assertThat(schema.displayPath()).isEqualTo("../../a/schema.prisma");
        assertThat(schema.files().get(0).name()).isEqualTo("../../a/schema.prisma");
    }

    @Test
    void aFolderIsReadRecursivelyDepthFirstWithEntriesSortedByName() throws IOException {
        write("schema/post.prisma", MODEL);
        write("schema/a/user.prisma", MODEL);
        write("schema/a/nested/deep.prisma", MODEL);
        write("schema/b.prisma", MODEL);
        write("schema/README.md", "not a schema");
        write("schema/notes.prisma.bak", "not a schema");

        LoadedSchema schema = SchemaFiles.load(cwd, "schema/");

        assertThat(schema.folder()).isTrue();
        assertThat(schema.displayPath()).isEqualTo("schema");
        assertThat(schema.files()).extracting(SourceFile::name).containsExactly(
                "schema/a/nested/deep.prisma", "schema/a/user.prisma", "schema/b.prisma", "schema/post.prisma");
        assertThat(schema.paths()).containsExactly(
                cwd.resolve("schema/a/nested/deep.prisma"), cwd.resolve("schema/a/user.prisma"),
                cwd.resolve("schema/b.prisma"), cwd.resolve("schema/post.prisma"));
    }

    @Test
    void theWorkingDirectoryItselfCanBeTheSchemaFolder() throws IOException {
        write("one.prisma", MODEL);

        LoadedSchema schema = SchemaFiles.load(cwd, ".");

        assertThat(schema.displayPath()).isEqualTo(".");
        assertThat(schema.files()).extracting(SourceFile::name).containsExactly("one.prisma");
    }

    @Test
    void aFolderLinkedBackIntoItselfIsReadOnce() throws IOException {
        write("schema/a.prisma", MODEL);
        try {
            Files.createSymbolicLink(cwd.resolve("schema/loop"), cwd.resolve("schema"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not available: " + e);
        }

        LoadedSchema schema = SchemaFiles.load(cwd, "schema");

        assertThat(schema.files()).extracting(SourceFile::name).containsExactly("schema/a.prisma");
    }

    @Test
    void defaultLookupPrefersSchemaPrismaInTheWorkingDirectoryAsPrismaDoes() throws IOException {
        write("schema.prisma", "// root\n");
        write("prisma/schema.prisma", "// prisma folder\n");

        LoadedSchema schema = SchemaFiles.load(cwd, null);

        assertThat(schema.displayPath()).isEqualTo("schema.prisma");
        assertThat(schema.files().get(0).text()).isEqualTo("// root\n");
    }

    @Test
    void defaultLookupFallsBackToPrismaSchemaPrisma() throws IOException {
        write("prisma/schema.prisma", MODEL);

        LoadedSchema schema = SchemaFiles.load(cwd, " ");

        assertThat(schema.displayPath()).isEqualTo("prisma/schema.prisma");
        assertThat(schema.folder()).isFalse();
    }

    @Test
    void defaultLookupDoesNotReadAFolderOfSchemaFiles() throws IOException {
        write("prisma/user.prisma", MODEL);
        write("prisma/schema/post.prisma", MODEL);

        assertThatThrownBy(() -> SchemaFiles.load(cwd, null))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND_BY_DEFAULT_LOOKUP))
                .hasMessage("Could not find a Prisma schema: checked schema.prisma and prisma/schema.prisma");
    }

    @Test
    void aMissingExplicitPathSaysWhichPath() {
        assertThatThrownBy(() -> SchemaFiles.load(cwd, "nope/schema.prisma"))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessage("Could not load the schema at `nope/schema.prisma`: file or directory not found");
    }

    @Test
    void aFolderWithoutSchemaFilesIsAnError() throws IOException {
        write("empty/sub/readme.txt", "hello");

        assertThatThrownBy(() -> SchemaFiles.load(cwd, "empty"))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_SCHEMA_FILES))
                .hasMessage("Could not load the schema at `empty`: the folder has no .prisma files");
    }

    @Test
    void somethingThatIsNeitherFileNorFolderIsAnError() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "needs /dev/null");

        assertThatThrownBy(() -> SchemaFiles.load(cwd, "/dev/null"))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE))
                .hasMessageEndingWith(": expected a file or directory");
    }

    @Test
    void aFileWithNulBytesIsReportedAsBinaryWithItsLine() throws IOException {
        writeBytes("bin.prisma", "model A {\n  id Int @id\u0000\n}\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SchemaFiles.load(cwd, "bin.prisma"))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT))
                .hasMessage("Could not read schema file `bin.prisma`: it is a binary file (NUL byte on line 2)");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsLine() throws IOException {
        byte[] latin1 = "model A {\n  id Int @id\n}\n// caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        writeBytes("latin1.prisma", latin1);

        assertThatThrownBy(() -> SchemaFiles.load(cwd, "latin1.prisma"))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT))
                .hasMessage("Could not read schema file `latin1.prisma`: it is not valid UTF-8 text (line 4)");
    }

    @Test
    void aBinaryFileInsideASchemaFolderIsNamed() throws IOException {
        write("schema/a.prisma", MODEL);
        writeBytes("schema/z.prisma", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        assertThatThrownBy(() -> SchemaFiles.load(cwd, "schema"))
                .hasMessageStartingWith("Could not read schema file `schema/z.prisma`: it is a binary file");
    }

    @Test
    void nonAsciiUtf8TextIsReadUnchanged() throws IOException {
        String text = "/// Benutzer \u00fcber \u2713 \ud83d\ude80\nmodel User {\n  id Int @id\n}\n";
        write("schema.prisma", text);

        assertThat(SchemaFiles.load(cwd, null).files().get(0).text()).isEqualTo(text);
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path file = write("locked.prisma", MODEL);
        SchemaFiles files = new SchemaFiles(cwd, path -> {
            throw new AccessDeniedException(path.toString());
        });

        assertThatThrownBy(() -> files.load("locked.prisma"))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
                .hasMessage("Could not read schema file `locked.prisma`: permission denied");
        assertThat(file).exists();
    }

    @Test
    void anUnreadableFileOnDiskSaysPermissionDenied() throws IOException {
        Path file = write("locked.prisma", MODEL);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(file), "running with privileges that read any file (root)");

        assertThatThrownBy(() -> SchemaFiles.load(cwd, "locked.prisma"))
                .hasMessage("Could not read schema file `locked.prisma`: permission denied");
    }

    @Test
    void otherReadFailuresKeepTheSystemReasonButNotTheAbsolutePath() throws IOException {
        write("flaky.prisma", MODEL);
        SchemaFiles files = new SchemaFiles(cwd, path -> {
            throw new java.nio.file.FileSystemException(path.toString(), null, "Input/output error");
        });

        assertThatThrownBy(() -> files.load("flaky.prisma"))
                .isInstanceOfSatisfying(SchemaLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
                .hasMessage("Could not read schema file `flaky.prisma`: Input/output error");
    }
}
