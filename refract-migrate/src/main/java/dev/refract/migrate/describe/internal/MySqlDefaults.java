package dev.refract.migrate.describe.internal;

import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises {@code information_schema.columns.column_default}. MariaDB prints literals as SQL
 * ({@code 'USER'}, {@code 0}) and expressions bare ({@code current_timestamp(3)}, {@code uuid()});
 * MySQL 8 prints a literal's bare content and marks expressions with {@code DEFAULT_GENERATED} in
 * {@code extra}. Either way:
 * <ul>
 *   <li>no default, or {@code NULL}: null;</li>
 *   <li>{@code CURRENT_TIMESTAMP}/{@code current_timestamp(n)} on date/time columns: {@code Now};</li>
 *   <li>literals: a {@code Value} spelled as {@link ColumnDefault} documents ({@code 1}/{@code 0} on
 *       a boolean column read {@code true}/{@code false}; decimals lose trailing zeros);</li>
 *   <li>other expressions: an {@code Expression}, wrapped in parentheses as MySQL requires for
 *       expression defaults and as Prisma introspects them ({@code (uuid())}).</li>
 * </ul>
 */
public final class MySqlDefaults {
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)current_timestamp(\\(\\d*\\))?");

    private MySqlDefaults() {
    }

    public static ColumnDefault normalize(String raw, String extra, ColumnType type, boolean mariaDb) {
        if (raw == null || mariaDb && raw.equals("NULL")) {
            return null;
        }
        String trimmed = raw.trim();
        if (type.family() == ColumnTypeFamily.DATE_TIME && CURRENT_TIMESTAMP.matcher(trimmed).matches()) {
            return new ColumnDefault.Now(null);
        }
        boolean generated = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
        String content;
        if (mariaDb) {
            if (trimmed.length() >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
                content = unescape(trimmed.substring(1, trimmed.length() - 1));
            } else if (PostgresDefaults.number(trimmed) != null) {
                content = trimmed;
            } else {
                return expression(trimmed);
            }
        } else if (generated) {
            return expression(trimmed);
        } else {
            content = raw;
        }
        String value = canonical(content, type.family());
        return value == null ? expression(trimmed) : new ColumnDefault.Value(value, null);
    }

    private static String canonical(String content, ColumnTypeFamily family) {
        if (PostgresDefaults.isNumeric(family)) {
            return PostgresDefaults.number(content);
        }
        if (family == ColumnTypeFamily.BOOLEAN) {
            String t = content.trim();
            if (t.equals("1") || t.equalsIgnoreCase("b'1'")) {
                return "true";
            }
            if (t.equals("0") || t.equalsIgnoreCase("b'0'")) {
                return "false";
            }
            return PostgresDefaults.bool(t);
        }
        if (family == ColumnTypeFamily.UNSUPPORTED) {
            return null;
        }
        return ColumnDefault.quote(content);
    }

    private static ColumnDefault expression(String text) {
        String sql = text.startsWith("(") && text.endsWith(")") ? text : "(" + text + ")";
        return new ColumnDefault.Expression(sql, null);
    }

    /** The content of a MariaDB string literal: {@code ''} and backslash escapes resolved. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case '0' -> '\0';
                    case 'Z' -> '\u001a';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
