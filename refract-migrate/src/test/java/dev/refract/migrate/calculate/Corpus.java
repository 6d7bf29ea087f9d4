package dev.refract.migrate.calculate;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The shared test corpus (../shared/corpus, or -Drefract.shared), read where it lies; never copied. */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        String shared = System.getProperty("refract.shared");
        if (shared != null && Files.isDirectory(Path.of(shared, "corpus"))) {
            return Path.of(shared, "corpus").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/corpus not found (set -Drefract.shared)");
    }

    /** Every schema of corpus/schemas: single files, and folders as their own files (not _combined). */
    static List<Path> schemas() throws IOException {
        try (Stream<Path> entries = Files.list(root().resolve("schemas"))) {
            return entries.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".prisma")).sorted().toList();
        }
    }

    /** The source files of a schema: the file, or the folder's *.prisma files except _combined, by path. */
    static List<SourceFile> sources(Path schema) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(schema)) {
            try (Stream<Path> walk = Files.walk(schema)) {
                walk.filter(p -> p.toString().endsWith(".prisma") && !p.getFileName().toString().equals("_combined.prisma"))
                        .sorted().forEach(files::add);
            }
        } else {
            files.add(schema);
        }
        List<SourceFile> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(new SourceFile(schema.relativize(file).toString().isEmpty() ? file.getFileName().toString()
                    : schema.relativize(file).toString(), Files.readString(file)));
        }
        return sources;
    }

    /** The migration folders of a corpus project, ordered by name as bytes (as migrate deploy orders them). */
    static List<Path> migrations(String project) throws IOException {
        Path dir = root().resolve("migrations").resolve(project).resolve("migrations");
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("migration.sql")))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(),
                            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                                    b.getBytes(StandardCharsets.UTF_8))))
                    .toList();
        }
    }
}
