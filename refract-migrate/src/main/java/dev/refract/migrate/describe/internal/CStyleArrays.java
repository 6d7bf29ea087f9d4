package dev.refract.migrate.describe.internal;

import java.util.ArrayList;
import java.util.List;

/** Reads PostgreSQL's array text form, {@code {a,"b c",3}}, one dimension, no NULL elements. */
final class CStyleArrays {
    private CStyleArrays() {
    }

    /** The elements of {@code text}, or null when it is not a one-dimensional array without NULLs. */
    static List<String> parse(String text) {
        String s = text.trim();
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            return null;
        }
        List<String> elements = new ArrayList<>();
        String body = s.substring(1, s.length() - 1);
        if (body.isBlank()) {
            return elements;
        }
        int i = 0;
        while (true) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            StringBuilder element = new StringBuilder();
            if (i < body.length() && body.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= body.length()) {
                        return null;
                    }
                    char c = body.charAt(i);
                    if (c == '\\' && i + 1 < body.length()) {
                        element.append(body.charAt(i + 1));
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        element.append(c);
                        i++;
                    }
                }
                while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
            } else {
                while (i < body.length() && body.charAt(i) != ',') {
                    char c = body.charAt(i);
                    if (c == '{' || c == '}' || c == '"') {
                        return null;
                    }
                    element.append(c);
                    i++;
                }
                String bare = element.toString().trim();
                if (bare.equalsIgnoreCase("NULL") || bare.isEmpty()) {
                    return null;
                }
                element = new StringBuilder(bare);
            }
            elements.add(element.toString());
            if (i >= body.length()) {
                return elements;
            }
            if (body.charAt(i) != ',') {
                return null;
            }
            i++;
        }
    }
}
