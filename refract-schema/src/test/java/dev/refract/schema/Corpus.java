package dev.refract.schema;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/corpus: the system property {@code refract.shared}, else walking up from the working directory. */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String prop = System.getProperty("refract.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "corpus"))) {
            return Path.of(prop, "corpus").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = dir.resolve("..").resolve("shared").resolve("corpus").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/corpus not found: set -Drefract.shared=<path to shared>");
    }

    public static Path resolve(String first, String... more) {
        return root().resolve(Path.of(first, more));
    }
}
