package dev.refract.schema.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds {@code ../shared/corpus}: from the {@code refract.shared} system property the build
 * passes to tests, else by walking up from the working directory.
 */
final class SharedCorpus {
    private SharedCorpus() {
    }

    static Path root() {
        String property = System.getProperty("refract.shared");
        if (property != null && !property.isBlank()) {
            Path corpus = Paths.get(property).resolve("corpus");
            if (Files.isDirectory(corpus)) {
                return corpus.normalize();
            }
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        throw new IllegalStateException("shared/corpus not found: set -Drefract.shared=<path to shared>");
    }
}
