package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.DefaultValue;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code @default(...)} of a column, from its normalised {@link ColumnDefault}, as Prisma
 * introspects it: sequences and auto-increment columns are {@code autoincrement()}, the current
 * time on date/time columns is {@code now()}, literals become schema literals of the field's type
 * (enum values by their schema names), and anything else is {@code dbgenerated("...")} with the
 * database's text. Client-side defaults ({@code cuid()}, {@code uuid()}...) exist only in the
 * schema; re-introspection keeps them from the previous schema when the column has no default.
 */
final class DefaultValues {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Set<String> CLIENT_SIDE = Set.of("cuid", "uuid", "nanoid", "ulid");

    private DefaultValues() {
    }

    /** The attribute ({@code @default(now())}), or null when the column has none. */
    static String attribute(IntrospectionContext ctx, Table table, Column column, ScalarField previous) {
        String value = value(ctx, table, column, previous);
        return value == null ? null : "@default(" + value + ")";
    }

    private static String value(IntrospectionContext ctx, Table table, Column column, ScalarField previous) {
        ColumnTypeFamily family = column.type().family();
        ColumnDefault def = column.defaultValue();
        boolean integer = family == ColumnTypeFamily.INT || family == ColumnTypeFamily.BIG_INT;
        if (integer && column.autoIncrement() || def instanceof ColumnDefault.Sequence) {
            return "autoincrement()";
        }
        if (def == null) {
            return clientSide(family, previous);
        }
        if (def instanceof ColumnDefault.Expression e) {
            return dbGenerated(e.sql());
        }
        if (def instanceof ColumnDefault.Now) {
            return family == ColumnTypeFamily.DATE_TIME ? "now()" : dbGenerated("CURRENT_TIMESTAMP");
        }
        String sql = ((ColumnDefault.Value) def).sql();
        String literal = column.type().list() ? list(ctx, table, column, sql) : literal(ctx, table, column, sql);
        return literal != null ? literal : dbGenerated(sql);
    }

    private static String clientSide(ColumnTypeFamily family, ScalarField previous) {
        if (previous == null || family != ColumnTypeFamily.STRING && family != ColumnTypeFamily.UUID) {
            return null;
        }
        if (previous.defaultValue().orElse(null) instanceof DefaultValue.Function f && CLIENT_SIDE.contains(f.name())) {
            List<String> args = f.arguments().stream()
                    .map(a -> a instanceof String s ? Psl.string(s) : String.valueOf(a)).toList();
            return f.name() + "(" + String.join(", ", args) + ")";
        }
        return null;
    }

    private static String dbGenerated(String sql) {
        return sql == null || sql.replace("\0", "").isEmpty() ? "dbgenerated()" : "dbgenerated(" + Psl.string(sql) + ")";
    }

    /** One literal of the column's type, or null when the SQL is not such a literal. */
    private static String literal(IntrospectionContext ctx, Table table, Column column, String sql) {
        String s = sql.trim();
        switch (column.type().family()) {
            case STRING, JSON, UUID -> {
                String text = unquote(s);
                return text == null ? null : Psl.string(text);
            }
            case INT, BIG_INT, FLOAT, DECIMAL -> {
                return NUMBER.matcher(s).matches() ? s : null;
            }
            case BOOLEAN -> {
                return s.equals("true") || s.equals("false") ? s : null;
            }
            case ENUM -> {
                String text = unquote(s);
                DbEnum dbEnum = ctx.enumOf(table, column);
                if (text == null || dbEnum == null || !dbEnum.values().contains(text)) {
                    return null;
                }
                Name name = ctx.enumValueName(dbEnum, text);
                return name.isEmpty() ? null : name.prismaName();
            }
            case BINARY -> {
                String text = unquote(s);
                return text == null ? null : bytes(text);
            }
            default -> {
                return null;
            }
        }
    }

    /** PostgreSQL's {@code '\x0102'} bytea literal as base64, or null. */
    private static String bytes(String text) {
        if (!text.startsWith("\\x") || (text.length() - 2) % 2 != 0) {
            return null;
        }
        byte[] bytes = new byte[(text.length() - 2) / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(text.charAt(2 + 2 * i), 16);
            int low = Character.digit(text.charAt(3 + 2 * i), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return Psl.string(Base64.getEncoder().encodeToString(bytes));
    }

    /** {@code ARRAY[e1, e2]::TYPE[]} as {@code [v1, v2]}, or null. */
    private static String list(IntrospectionContext ctx, Table table, Column column, String sql) {
        String s = sql.trim();
        if (!s.regionMatches(true, 0, "ARRAY[", 0, 6)) {
            return null;
        }
        int close = closingBracket(s, 5);
        if (close < 0) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String element : splitElements(s.substring(6, close))) {
            String value = literal(ctx, table, column, element);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return Psl.list(values);
    }

    private static int closingBracket(String s, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitElements(String body) {
        List<String> elements = new ArrayList<>();
        if (body.isBlank()) {
            return elements;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                elements.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        elements.add(current.toString().trim());
        return elements;
    }

    /** The text of a standard SQL string literal ({@code 'it''s'}), or null when {@code s} is not one. */
    static String unquote(String s) {
        if (s.length() < 2 || s.charAt(0) != '\'' || s.charAt(s.length() - 1) != '\'') {
            return null;
        }
        String body = s.substring(1, s.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return null;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
