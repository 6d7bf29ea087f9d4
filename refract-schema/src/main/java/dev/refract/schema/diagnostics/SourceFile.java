package dev.refract.schema.diagnostics;

import java.util.Objects;

/** One schema file: the name diagnostics show for it, and its text. */
public record SourceFile(String name, String text) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** 1-based line number of a character offset. */
    public int lineOf(int offset) {
        int line = 1;
        int limit = Math.min(offset, text.length());
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        int limit = Math.min(offset, text.length());
        int lineStart = text.lastIndexOf('\n', limit - 1) + 1;
        return limit - lineStart + 1;
    }
}
