package dev.refract.migrate.introspect.internal;

import java.util.List;

/** Small pieces of Prisma schema syntax: string literals, documentation lines, lists of names. */
public final class Psl {
    private Psl() {
    }

    /** {@code s} as a schema string literal, with quotes, backslashes and control characters escaped. */
    public static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code [a, b]}. */
    public static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /** Documentation text (lines joined by newlines) as {@code ///} lines, each ending with a newline. */
    public static String documentation(String docs, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : docs.split("\n", -1)) {
            out.append(indent).append("///");
            if (!line.isEmpty()) {
                out.append(' ').append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
