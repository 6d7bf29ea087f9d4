package dev.refract.schema;

import dev.refract.schema.diagnostics.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A schema read from disk: where it was found, and its files in a deterministic order. Each
 * {@link SourceFile} is named by its path relative to the working directory (as Prisma shows it in
 * diagnostics); {@link #paths()} holds the matching absolute paths, same order, for writing back.
 *
 * @param location    the schema file, or the folder read as a multi-file schema (absolute)
 * @param displayPath {@code location} relative to the working directory
 * @param folder      whether {@code location} is a folder (Prisma's prismaSchemaFolder)
 * @param paths       absolute path of each file
 * @param files       name and text of each file
 */
public record LoadedSchema(Path location, String displayPath, boolean folder, List<Path> paths,
        List<SourceFile> files) {

    public LoadedSchema {
        paths = List.copyOf(paths);
        files = List.copyOf(files);
        if (paths.size() != files.size()) {
            throw new IllegalArgumentException(paths.size() + " paths for " + files.size() + " files");
        }
    }

    /** The absolute path of the file at {@code index} in {@link #files()}. */
    public Path pathOf(int index) {
        return paths.get(index);
    }
}
