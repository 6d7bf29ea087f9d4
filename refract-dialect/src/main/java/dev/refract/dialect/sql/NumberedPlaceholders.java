package dev.refract.dialect.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw SQL written with PostgreSQL's numbered placeholders ({@code $1}, {@code $2}, as Prisma's
 * {@code $queryRawUnsafe} takes them there) rewritten for JDBC: one {@code ?} per occurrence, and the
 * values repeated and reordered to match. Text inside quotes, dollar-quoted strings and comments is
 * left alone.
 */
public final class NumberedPlaceholders {
    private NumberedPlaceholders() {
    }

    /**
     * The statement with {@code ?} placeholders, or {@code sql} and {@code values} unchanged when it has
     * no numbered placeholder.
     *
     * @throws IllegalArgumentException when a placeholder names a value that was not given
     */
    public static RenderedSql toJdbc(String sql, List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Object> ordered = new ArrayList<>();
        boolean numbered = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(sql, i + 1, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql, i, end);
                i = end;
            } else if (c == '$' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && (i == 0 || !isWordChar(sql.charAt(i - 1)))) {
                int end = i + 1;
                while (end < n && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                int index = Integer.parseInt(sql.substring(i + 1, end));
                if (index < 1 || index > values.size()) {
                    throw new IllegalArgumentException("$" + index + " names no value: " + values.size() + " given");
                }
                ordered.add(values.get(index - 1));
                out.append('?');
                numbered = true;
                i = end;
            } else if (c == '$') {
                int tagEnd = sql.indexOf('$', i + 1);
                String tag = tagEnd < 0 ? null : sql.substring(i, tagEnd + 1);
                if (tag != null && tag.chars().skip(1).limit(tag.length() - 2L).allMatch(ch -> isWordChar((char) ch))
                        && (i == 0 || !isWordChar(sql.charAt(i - 1)))) {
                    int close = sql.indexOf(tag, tagEnd + 1);
                    int end = close < 0 ? n : close + tag.length();
                    out.append(sql, i, end);
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return numbered ? new RenderedSql(out.toString(), ordered) : new RenderedSql(sql, values);
    }

    /** The index after the quote closing the one before {@code from} (doubled quotes stay inside). */
    private static int closing(String sql, int from, char quote) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
