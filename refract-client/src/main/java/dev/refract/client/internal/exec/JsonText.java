package dev.refract.client.internal.exec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for what databases write in the "join" strategy: arrays become {@code List}s,
 * objects {@code Map}s, numbers {@code BigDecimal}s with their digits as written, strings, booleans
 * and null.
 */
final class JsonText {
    private final String text;
    private int at;

    private JsonText(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        JsonText reader = new JsonText(text);
        Object value = reader.value();
        reader.space();
        if (reader.at != text.length()) {
            throw reader.error("trailing text");
        }
        return value;
    }

    private Object value() {
        space();
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        char ch = text.charAt(at);
        switch (ch) {
            case '[' -> {
                return array();
            }
            case '{' -> {
                return object();
            }
            case '"' -> {
                return string();
            }
            case 't' -> {
                return literal("true", Boolean.TRUE);
            }
            case 'f' -> {
                return literal("false", Boolean.FALSE);
            }
            case 'n' -> {
                return literal("null", null);
            }
            default -> {
                return number();
            }
        }
    }

    private List<Object> array() {
        at++;
        List<Object> out = new ArrayList<>();
        space();
        if (text.charAt(at) == ']') {
            at++;
            return out;
        }
        while (true) {
            out.add(value());
            space();
            char ch = text.charAt(at++);
            if (ch == ']') {
                return out;
            }
            if (ch != ',') {
                throw error("expected , or ]");
            }
        }
    }

    private Map<String, Object> object() {
        at++;
        Map<String, Object> out = new LinkedHashMap<>();
        space();
        if (text.charAt(at) == '}') {
            at++;
            return out;
        }
        while (true) {
            space();
            String key = string();
            space();
            if (text.charAt(at++) != ':') {
                throw error("expected :");
            }
            out.put(key, value());
            space();
            char ch = text.charAt(at++);
            if (ch == '}') {
                return out;
            }
            if (ch != ',') {
                throw error("expected , or }");
            }
        }
    }

    private String string() {
        if (text.charAt(at) != '"') {
            throw error("expected a string");
        }
        int start = ++at;
        int end = text.indexOf('"', start);
        int escape = text.indexOf('\\', start);
        if (end >= 0 && (escape < 0 || escape > end)) {
            at = end + 1;
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            char ch = text.charAt(at++);
            if (ch == '"') {
                return out.toString();
            }
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected token");
        }
        at += word.length();
        return value;
    }

    private BigDecimal number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw error("unexpected character");
        }
        return new BigDecimal(text.substring(start, at));
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalStateException error(String what) {
        return new IllegalStateException("unreadable JSON from the database (" + what + " at " + at + ")");
    }
}
