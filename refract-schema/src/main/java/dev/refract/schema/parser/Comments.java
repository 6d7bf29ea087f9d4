package dev.refract.schema.parser;

import java.util.ArrayList;
import java.util.List;

/** Turns {@code ///} comment lines into documentation text; plain {@code //} comments are not documentation. */
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
        if (comment == null || !comment.startsWith("///")) {
            return null;
        }
        return comment.substring(3).trim();
    }

    static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "\n" + b;
    }
}
