package dev.refract.migrate.calculate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text as PostgreSQL prints a {@code jsonb} value, which is how a {@code jsonb} column's default
 * reads back: object keys ordered by length then bytes (the last of duplicate keys wins),
 * {@code ", "} and {@code ": "} between items, numbers in plain notation, strings with PostgreSQL's
 * escapes. {@code '{"x":0,"h":3}'} is {@code '{"h": 3, "x": 0}'}.
 */
final class JsonbText {
    private static final Comparator<String> KEY_ORDER = Comparator
            .<String>comparingInt(k -> k.getBytes(StandardCharsets.UTF_8).length)
            .thenComparing((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                    b.getBytes(StandardCharsets.UTF_8)));

    private final String text;
    private int pos;

    private JsonbText(String text) {
        this.text = text;
    }

    /** The jsonb spelling of {@code json}, or null when it is not valid JSON. */
    static String canonical(String json) {
        JsonbText parser = new JsonbText(json);
        try {
            StringBuilder out = new StringBuilder();
            parser.value(out);
            parser.skipSpace();
            return parser.pos == json.length() ? out.toString() : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private void value(StringBuilder out) {
        skipSpace();
        char c = text.charAt(pos);
        if (c == '{') {
            object(out);
        } else if (c == '[') {
            array(out);
        } else if (c == '"') {
            quote(string(), out);
        } else if (text.startsWith("true", pos) || text.startsWith("null", pos)) {
            out.append(text, pos, pos + 4);
            pos += 4;
        } else if (text.startsWith("false", pos)) {
            out.append("false");
            pos += 5;
        } else {
            number(out);
        }
    }

    private void object(StringBuilder out) {
        pos++;
        Map<String, String> members = new LinkedHashMap<>();
        skipSpace();
        if (text.charAt(pos) != '}') {
            do {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                StringBuilder member = new StringBuilder();
                value(member);
                members.remove(key);
                members.put(key, member.toString());
                skipSpace();
            } while (accept(','));
        }
        expect('}');
        List<String> keys = new ArrayList<>(members.keySet());
        keys.sort(KEY_ORDER);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            quote(keys.get(i), out);
            out.append(": ").append(members.get(keys.get(i)));
        }
        out.append('}');
    }

    private void array(StringBuilder out) {
        pos++;
        out.append('[');
        skipSpace();
        if (text.charAt(pos) != ']') {
            boolean first = true;
            do {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                value(out);
                skipSpace();
            } while (accept(','));
        }
        expect(']');
        out.append(']');
    }

    private void number(StringBuilder out) {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("not JSON at " + pos);
        }
        BigDecimal number = new BigDecimal(text.substring(start, pos));
        out.append(number.signum() == 0 && number.scale() <= 0 ? "0" : number.toPlainString());
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return s.toString();
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> s.append(e);
            }
        }
    }

    /** PostgreSQL's escape_json. */
    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
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
        out.append('"');
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean accept(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + pos);
        }
    }
}
