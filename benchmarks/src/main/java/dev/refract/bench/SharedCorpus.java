package dev.refract.bench;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds ../shared/corpus (system property {@code refract.shared}, else walking up from the working directory). */
final class SharedCorpus {
    private SharedCorpus() {
    }

    static Path root() {
        String prop = System.getProperty("refract.shared");
        if (prop != null) {
            return Path.of(prop, "corpus");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/corpus"), dir.resolve("../shared/corpus").normalize())) {
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("../shared/corpus not found; pass -Drefract.shared=<path to shared>");
    }

    /** A corpus schema as files: one file, or every *.prisma of a folder except _combined.prisma. */
    static List<SourceFile> schema(String name) throws IOException {
        Path entry = root().resolve("schemas").resolve(name);
        if (!Files.isDirectory(entry)) {
            return List.of(new SourceFile(name, Files.readString(entry)));
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(entry)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".prisma"))
                    .filter(f -> !f.getFileName().toString().equals("_combined.prisma")).sorted().toList()) {
                files.add(new SourceFile(entry.relativize(p).toString(), Files.readString(p)));
            }
        }
        return files;
    }
}
