package dev.refract.schema;

import dev.refract.schema.SchemaLoadException.Reason;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads a schema the way the Prisma CLI does, so every command (and later migrate and
 * codegen) sees the same files.
 *
 * <ul>
 *   <li>An explicit path is a schema file, or a folder read as a multi-file schema: every
 *       {@code *.prisma} file in it and in its subfolders, depth first, each folder's entries sorted
 *       by name (Prisma's loader recurses the same way; its directory listing is name-sorted).</li>
 *   <li>Without one, the default locations are tried in Prisma's order: {@code ./schema.prisma},
 *       then {@code ./prisma/schema.prisma}. Like Prisma 7 without a config file, no folder is
 *       looked up by default.</li>
 * </ul>
 *
 * Files are named by their path relative to the working directory. Every failure is a
 * {@link SchemaLoadException} with one line saying what and where.
 */
public final class SchemaFiles {
    /** The extension a file needs to be part of a multi-file schema. */
    public static final String EXTENSION = ".prisma";

    /** Where a schema is looked for when no path is given, in order (relative to the working directory). */
    public static final List<String> DEFAULT_LOCATIONS = List.of("schema.prisma", "prisma/schema.prisma");

    /** Reads a file's bytes; a seam so tests can simulate failures a privileged user never sees. */
    @FunctionalInterface
    interface ByteReader {
        byte[] read(Path file) throws IOException;
    }

    private final Path workingDir;
    private final ByteReader reader;

    SchemaFiles(Path workingDir, ByteReader reader) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.reader = reader;
    }

    /**
     * Loads the schema at {@code schemaPath} (a file or folder, relative to {@code workingDir}), or
     * from the default locations when {@code schemaPath} is null or blank.
     *
     * @throws SchemaLoadException when nothing readable is found
     */
    public static LoadedSchema load(Path workingDir, String schemaPath) {
        return new SchemaFiles(workingDir, Files::readAllBytes).load(schemaPath);
    }

    LoadedSchema load(String schemaPath) {
        if (schemaPath == null || schemaPath.isBlank()) {
            return loadFromDefaultLocations();
        }
        Path location = workingDir.resolve(schemaPath).normalize();
        if (Files.isDirectory(location)) {
            return loadFolder(location);
        }
        if (Files.isRegularFile(location)) {
            return loadFile(location);
        }
        if (Files.exists(location)) {
            throw new SchemaLoadException(Reason.WRONG_TYPE,
                    "Could not load the schema at `" + display(location) + "`: expected a file or directory");
        }
        throw new SchemaLoadException(Reason.NOT_FOUND,
                "Could not load the schema at `" + display(location) + "`: file or directory not found");
    }

    private LoadedSchema loadFromDefaultLocations() {
        for (String candidate : DEFAULT_LOCATIONS) {
            Path location = workingDir.resolve(candidate).normalize();
            if (Files.isRegularFile(location)) {
                return loadFile(location);
            }
        }
        throw new SchemaLoadException(Reason.NOT_FOUND_BY_DEFAULT_LOOKUP,
                "Could not find a Prisma schema: checked " + String.join(" and ", DEFAULT_LOCATIONS));
    }

    private LoadedSchema loadFile(Path file) {
        return new LoadedSchema(file, display(file), false, List.of(file), List.of(read(file)));
    }

    private LoadedSchema loadFolder(Path folder) {
        List<Path> paths = new ArrayList<>();
        collect(folder, paths, new HashSet<>());
        if (paths.isEmpty()) {
            throw new SchemaLoadException(Reason.NO_SCHEMA_FILES, "Could not load the schema at `"
                    + display(folder) + "`: the folder has no " + EXTENSION + " files");
        }
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path path : paths) {
            files.add(read(path));
        }
        return new LoadedSchema(folder, display(folder), true, paths, files);
    }

    /** Depth first, entries sorted by name; a folder reached twice through links is read once. */
    private void collect(Path folder, List<Path> into, Set<Path> seen) {
        List<Path> entries;
        try {
            if (!seen.add(folder.toRealPath())) {
                return;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                entries = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
        } catch (IOException e) {
            throw unreadable("schema folder", folder, e);
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                collect(entry, into, seen);
            } else if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(EXTENSION)) {
                into.add(entry);
            }
        }
    }

    private SourceFile read(Path file) {
        byte[] bytes;
        try {
            bytes = reader.read(file);
        } catch (IOException e) {
            throw unreadable("schema file", file, e);
        }
        return new SourceFile(display(file), decode(file, bytes));
    }

    /** Schema files are UTF-8 text: NUL bytes or malformed UTF-8 mean the file is something else. */
    private String decode(Path file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw notText(file, "it is a binary file (NUL byte on line " + lineAt(bytes, i) + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notText(file, "it is not valid UTF-8 text (line " + lineAt(bytes, in.position()) + ")");
        }
        return out.flip().toString();
    }

    private SchemaLoadException notText(Path file, String why) {
        return new SchemaLoadException(Reason.NOT_TEXT, "Could not read schema file `" + display(file) + "`: " + why);
    }

    private SchemaLoadException unreadable(String what, Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new SchemaLoadException(Reason.NOT_FOUND,
                    "Could not read " + what + " `" + display(path) + "`: it disappeared while reading");
        }
        String why = e instanceof AccessDeniedException ? "permission denied" : describe(e);
        return new SchemaLoadException(Reason.UNREADABLE, "Could not read " + what + " `" + display(path) + "`: " + why);
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A path as the user should see it: relative to the working directory when possible. */
    private String display(Path path) {
        try {
            String relative = workingDir.relativize(path).toString();
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            return path.toString();
        }
    }
}
