package dev.refract.migrate.describe.internal;

import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.List;
import java.util.Locale;

/**
 * Normalises {@code pragma_table_info.dflt_value}, the default's text as declared:
 * {@code NULL} is no default; {@code CURRENT_TIMESTAMP} and {@code datetime('now')} on date/time
 * columns are {@code Now}; a string, number or boolean literal (booleans also as {@code 1}/{@code 0})
 * is a {@code Value} in the spelling {@link ColumnDefault} documents; anything else an
 * {@code Expression} with the text as declared (without the parentheses SQLite requires around it).
 */
public final class SqliteDefaults {
    private SqliteDefaults() {
    }

    public static ColumnDefault normalize(String raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        String text = raw.trim();
        if (text.equalsIgnoreCase("NULL")) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace(" ", "");
        if (type.family() == ColumnTypeFamily.DATE_TIME && (lower.equals("current_timestamp")
                || lower.equals("datetime('now')") || lower.equals("datetime('now','localtime')"))) {
            return new ColumnDefault.Now(null);
        }
        String value = literal(text, type.family());
        return value != null ? new ColumnDefault.Value(value, null) : new ColumnDefault.Expression(text, null);
    }

    private static String literal(String text, ColumnTypeFamily family) {
        List<SqlLexer.Token> tokens;
        try {
            tokens = SqlLexer.tokenize(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String sign = "";
        int i = 0;
        if (tokens.size() == 2 && (tokens.get(0).isSymbol("-") || tokens.get(0).isSymbol("+"))) {
            sign = tokens.get(0).isSymbol("-") ? "-" : "";
            i = 1;
        }
        if (tokens.size() != i + 1) {
            return null;
        }
        SqlLexer.Token token = tokens.get(i);
        boolean quoted = token.kind() == SqlLexer.Kind.STRING || token.kind() == SqlLexer.Kind.QUOTED_IDENT;
        if (!sign.isEmpty() && token.kind() != SqlLexer.Kind.NUMBER) {
            return null;
        }
        if (PostgresDefaults.isNumeric(family)) {
            return token.kind() == SqlLexer.Kind.NUMBER || quoted ? PostgresDefaults.number(sign + token.value()) : null;
        }
        if (family == ColumnTypeFamily.BOOLEAN) {
            String v = token.value();
            if (v.equals("1")) {
                return "true";
            }
            if (v.equals("0")) {
                return "false";
            }
            return PostgresDefaults.bool(v);
        }
        if (quoted && family != ColumnTypeFamily.UNSUPPORTED) {
            return ColumnDefault.quote(token.value());
        }
        return null;
    }
}
