package dev.refract.schema.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code ///} comment lines and {@code /* *}{@code /} comments into documentation text; plain
 * {@code //} comments are not documentation.
 */
final class Comments {
    private Comments() {
    }

    static String documentation(List<String> lines) {
        List<String> docs = new ArrayList<>();
        for (String line : lines) {
            String doc = documentation(line);
            if (doc != null) {
                docs.add(doc);
            }
        }
        return docs.isEmpty() ? null : String.join("\n", docs);
    }

    static String documentation(String comment) {
        if (comment == null) {
            return null;
        }
        if (comment.startsWith("///")) {
            return comment.substring(3).trim();
        }
        if (comment.endsWith("*/") && comment.stripLeading().startsWith("/*") && comment.length() >= 4) {
            // Prisma keeps the text between the delimiters, trimmed, as documentation; like Prisma
            // it cuts two characters off the front even when the comment kept its indentation
            return comment.substring(2, comment.length() - 2).trim();
        }
        return null;
    }

    static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "\n" + b;
    }
}
