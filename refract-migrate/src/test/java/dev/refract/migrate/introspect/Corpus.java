package dev.refract.migrate.introspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The shared test corpus (../shared/corpus), read where it lies; never copied into the repository. */
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

    /** The migration folders of a corpus project, ordered by name as bytes (as migrate deploy orders them). */
    static List<Path> migrations(String project) throws IOException {
        Path dir = root().resolve("migrations").resolve(project).resolve("migrations");
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("migration.sql")))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), Corpus::compareBytes))
                    .toList();
        }
    }

    private static int compareBytes(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
