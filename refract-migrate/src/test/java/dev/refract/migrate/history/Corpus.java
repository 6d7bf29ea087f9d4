package dev.refract.migrate.history;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test corpus, read in place: the {@code refract.shared} system property the build
 * passes, else {@code shared/} found by walking up from the working directory.
 */
final class Corpus {
    private Corpus() {
    }

    static Path shared() {
        String configured = System.getProperty("refract.shared");
        if (configured != null && Files.isDirectory(Path.of(configured, "corpus"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/corpus"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("the shared corpus was not found (set -Drefract.shared=/path/to/shared)");
    }

    /** {@code corpus/migrations/<project>/migrations}. */
    static Path migrations(String project) {
        return shared().resolve("corpus/migrations").resolve(project).resolve("migrations");
    }
}
