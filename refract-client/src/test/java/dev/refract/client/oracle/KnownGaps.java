package dev.refract.client.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code known-gaps.txt}: cases where Refract is known to differ from Prisma, one a line as
 * {@code <dataset>/<case name>  <reason>}; {@code #} starts a comment. A listed case that agrees
 * fails the suite, so the list stays true.
 */
final class KnownGaps {
    private KnownGaps() {
    }

    static Map<String, String> load(Path file) {
        Map<String, String> gaps = new LinkedHashMap<>();
        try {
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 2);
                if (gaps.put(parts[0], parts.length > 1 ? parts[1] : "") != null) {
                    throw new IllegalStateException("listed twice in known-gaps.txt: " + parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gaps;
    }
}
