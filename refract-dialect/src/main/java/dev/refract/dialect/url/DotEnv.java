package dev.refract.dialect.url;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code .env} files as Prisma does (dotenv, then dotenv-expand): {@code KEY=value} lines,
 * an optional {@code export} prefix, {@code #} comments (also after an unquoted value), values in
 * single, double or back quotes (possibly over several lines; {@code \n} and {@code \r} are
 * expanded in double quotes only), and {@code ${VAR}}, {@code ${VAR:-default}} and {@code $VAR}
 * references in unquoted and double-quoted values ({@code \$} keeps a dollar sign).
 */
public final class DotEnv {
    private DotEnv() {
    }

    /** The variables of {@code file}, or none when it does not exist. References are resolved with {@code outside} first. */
    public static Map<String, String> read(Path file, Function<String, String> outside) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), outside);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Parses the text of a {@code .env} file; {@code outside} answers references first (the process environment). */
    public static Map<String, String> parse(String text, Function<String, String> outside) {
        Map<String, String> values = new LinkedHashMap<>();
        String source = text.replace("\r\n", "\n").replace('\r', '\n');
        int i = 0;
        int length = source.length();
        while (i < length) {
            int lineEnd = source.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            String line = source.substring(i, lineEnd);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                i = lineEnd + 1;
                continue;
            }
            int start = i + (line.length() - line.stripLeading().length());
            if (source.startsWith("export", start) && start + 6 < length
                    && Character.isWhitespace(source.charAt(start + 6))) {
                start += 6;
                while (start < lineEnd && Character.isWhitespace(source.charAt(start))) {
                    start++;
                }
            }
            int keyEnd = start;
            while (keyEnd < lineEnd && isKeyCharacter(source.charAt(keyEnd))) {
                keyEnd++;
            }
            String key = source.substring(start, keyEnd);
            int cursor = keyEnd;
            while (cursor < lineEnd && (source.charAt(cursor) == ' ' || source.charAt(cursor) == '\t')) {
                cursor++;
            }
            if (key.isEmpty() || cursor >= lineEnd || (source.charAt(cursor) != '=' && source.charAt(cursor) != ':')) {
                i = lineEnd + 1; // not an assignment: dotenv skips the line
                continue;
            }
            cursor++;
            while (cursor < lineEnd && (source.charAt(cursor) == ' ' || source.charAt(cursor) == '\t')) {
                cursor++;
            }
            char quote = cursor < length ? source.charAt(cursor) : 0;
            if (quote == '"' || quote == '\'' || quote == '`') {
                int close = closingQuote(source, cursor + 1, quote);
                if (close >= 0) {
                    String raw = source.substring(cursor + 1, close);
                    String value = switch (quote) {
                        case '"' -> expand(raw.replace("\\n", "\n").replace("\\r", "\r"), values, outside);
                        default -> raw;
                    };
                    values.put(key, value);
                    int next = source.indexOf('\n', close);
                    i = next < 0 ? length : next + 1;
                    continue;
                }
            }
            String raw = source.substring(cursor, lineEnd);
            int hash = raw.indexOf('#');
            if (hash >= 0) {
                raw = raw.substring(0, hash);
            }
            values.put(key, expand(raw.strip(), values, outside));
            i = lineEnd + 1;
        }
        return values;
    }

    private static int closingQuote(String source, int from, char quote) {
        for (int j = from; j < source.length(); j++) {
            char c = source.charAt(j);
            if (c == '\\' && j + 1 < source.length() && source.charAt(j + 1) == quote) {
                j++;
            } else if (c == quote) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isKeyCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    static String expand(String value, Map<String, String> file, Function<String, String> outside) {
        if (value.indexOf('$') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == '$') {
                out.append('$');
                i++;
            } else if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int close = value.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(value.substring(i));
                    break;
                }
                String reference = value.substring(i + 2, close);
                String fallback = "";
                int dash = reference.indexOf(":-");
                if (dash >= 0) {
                    fallback = reference.substring(dash + 2);
                    reference = reference.substring(0, dash);
                }
                String resolved = lookup(reference, file, outside);
                out.append(resolved == null || resolved.isEmpty() ? fallback : resolved);
                i = close;
            } else if (c == '$' && i + 1 < value.length() && isNameStart(value.charAt(i + 1))) {
                int end = i + 1;
                while (end < value.length() && (Character.isLetterOrDigit(value.charAt(end)) || value.charAt(end) == '_')) {
                    end++;
                }
                String resolved = lookup(value.substring(i + 1, end), file, outside);
                out.append(resolved == null ? "" : resolved);
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static String lookup(String name, Map<String, String> file, Function<String, String> outside) {
        String value = outside.apply(name);
        return value != null ? value : file.get(name);
    }
}
