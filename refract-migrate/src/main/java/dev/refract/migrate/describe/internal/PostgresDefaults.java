package dev.refract.migrate.describe.internal;

import dev.refract.migrate.describe.internal.SqlLexer.Kind;
import dev.refract.migrate.describe.internal.SqlLexer.Token;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises a PostgreSQL default ({@code pg_get_expr} of {@code pg_attrdef.adbin}) into a
 * {@link ColumnDefault}:
 * <ul>
 *   <li>{@code NULL} (with or without a cast): no default;</li>
 *   <li>{@code nextval('"User_id_seq"'::regclass)}: {@code Sequence("User_id_seq")} (schema prefix
 *       dropped);</li>
 *   <li>on date/time columns {@code CURRENT_TIMESTAMP}, {@code CURRENT_TIMESTAMP(n)}, {@code now()}:
 *       {@code Now};</li>
 *   <li>a literal, possibly parenthesised, with any casts after it ({@code 'USER'::"Role"},
 *       {@code '-1'::integer}, {@code 'a'::character varying}, {@code '{}'::jsonb}): a {@code Value}
 *       in the spelling {@link ColumnDefault} documents; a quoted number on a numeric column becomes
 *       the number, {@code true}/{@code false} stay as they are;</li>
 *   <li>on list columns, {@code ARRAY[...]} (elements with or without casts, a cast after or not) and
 *       {@code '{...}'}: {@code ARRAY[e1, e2]::TYPE[]};</li>
 *   <li>anything else, and any literal the column's family cannot hold (a string on an
 *       {@code Unsupported} column): an {@code Expression} holding the text verbatim.</li>
 * </ul>
 */
public final class PostgresDefaults {

    private PostgresDefaults() {
    }

    /**
     * @param expression     what {@code pg_get_expr} printed, or null
     * @param type           the described column type
     * @param listTypeSpelling the element type as list defaults spell it ({@code TEXT}, {@code "Role"})
     */
    public static ColumnDefault normalize(String expression, ColumnType type, String listTypeSpelling) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        List<Token> tokens;
        try {
            tokens = SqlLexer.tokenize(expression);
        } catch (IllegalArgumentException e) {
            return new ColumnDefault.Expression(expression, null);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        if (isNull(tokens)) {
            return null;
        }
        String sequence = sequenceName(tokens);
        if (sequence != null) {
            return new ColumnDefault.Sequence(sequence, null);
        }
        if (type.family() == ColumnTypeFamily.DATE_TIME && !type.list() && isNow(tokens)) {
            return new ColumnDefault.Now(null);
        }
        String value = type.list()
                ? listValue(tokens, type.family(), listTypeSpelling)
                : scalarValue(tokens, type.family());
        return value != null ? new ColumnDefault.Value(value, null) : new ColumnDefault.Expression(expression, null);
    }

    private static boolean isNull(List<Token> tokens) {
        TokenCursor cursor = new TokenCursor(tokens);
        return cursor.acceptWord("NULL") && skipCasts(cursor) && cursor.atEnd();
    }

    /** The sequence of {@code nextval('name'::regclass)}, else null. */
    static String sequenceName(List<Token> tokens) {
        TokenCursor cursor = new TokenCursor(tokens);
        if (!cursor.acceptWord("nextval") || !cursor.acceptSymbol("(")) {
            return null;
        }
        Literal name = literal(cursor);
        if (name == null || name.kind != Kind.STRING || !cursor.acceptSymbol(")") || !skipCasts(cursor)
                || !cursor.atEnd()) {
            return null;
        }
        List<Token> parts;
        try {
            parts = SqlLexer.tokenize(name.text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Token last = null;
        for (Token part : parts) {
            if (part.isName()) {
                last = part;
            } else if (!part.isSymbol(".")) {
                return null;
            }
        }
        return last == null ? null : last.value();
    }

    private static boolean isNow(List<Token> tokens) {
        TokenCursor cursor = new TokenCursor(tokens);
        if (cursor.acceptWord("now")) {
            if (!cursor.acceptSymbol("(") || !cursor.acceptSymbol(")")) {
                return false;
            }
        } else if (cursor.acceptWord("CURRENT_TIMESTAMP")) {
            if (cursor.acceptSymbol("(")) {
                if (!cursor.peekKind(Kind.NUMBER)) {
                    return false;
                }
                cursor.next();
                if (!cursor.acceptSymbol(")")) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return skipCasts(cursor) && cursor.atEnd();
    }

    private static String scalarValue(List<Token> tokens, ColumnTypeFamily family) {
        TokenCursor cursor = new TokenCursor(tokens);
        Literal literal = literal(cursor);
        if (literal == null || !cursor.atEnd()) {
            return null;
        }
        return canonical(literal, family);
    }

    private static String listValue(List<Token> tokens, ColumnTypeFamily family, String elementType) {
        TokenCursor cursor = new TokenCursor(tokens);
        List<String> elements = new ArrayList<>();
        if (cursor.peek().isWord("ARRAY") && cursor.peek(1) != null && cursor.peek(1).isSymbol("[")) {
            cursor.next();
            cursor.next();
            if (!cursor.acceptSymbol("]")) {
                do {
                    Literal element = literal(cursor);
                    String canonical = element == null ? null : canonical(element, family);
                    if (canonical == null) {
                        return null;
                    }
                    elements.add(canonical);
                } while (cursor.acceptSymbol(","));
                if (!cursor.acceptSymbol("]")) {
                    return null;
                }
            }
            if (!skipCasts(cursor) || !cursor.atEnd()) {
                return null;
            }
        } else {
            Literal literal = literal(cursor);
            if (literal == null || literal.kind != Kind.STRING || !cursor.atEnd()) {
                return null;
            }
            List<String> raw = CStyleArrays.parse(literal.text);
            if (raw == null) {
                return null;
            }
            for (String element : raw) {
                String canonical = canonicalRaw(element, family);
                if (canonical == null) {
                    return null;
                }
                elements.add(canonical);
            }
        }
        return "ARRAY[" + String.join(", ", elements) + "]::" + elementType + "[]";
    }

    /** A literal with its casts: {@code ('x'::text)::regclass}, {@code '-1'::integer}, {@code -2.5}, {@code true}. */
    private static Literal literal(TokenCursor cursor) {
        int mark = cursor.mark();
        if (cursor.acceptSymbol("(")) {
            Literal inner = literal(cursor);
            if (inner != null && cursor.acceptSymbol(")") && skipCasts(cursor)) {
                return inner;
            }
            cursor.reset(mark);
            return null;
        }
        Token token = cursor.next();
        if (token == null) {
            return null;
        }
        Literal literal;
        switch (token.kind()) {
            case STRING -> literal = new Literal(Kind.STRING, token.value());
            case NUMBER -> literal = new Literal(Kind.NUMBER, token.text());
            case IDENT -> {
                if (cursor.peek() != null && cursor.peek().isSymbol("(")) {
                    cursor.reset(mark);
                    return null;
                }
                literal = new Literal(Kind.IDENT, token.text());
            }
            case SYMBOL -> {
                if ((token.isSymbol("-") || token.isSymbol("+")) && cursor.peekKind(Kind.NUMBER)) {
                    literal = new Literal(Kind.NUMBER, (token.isSymbol("-") ? "-" : "") + cursor.next().text());
                } else {
                    cursor.reset(mark);
                    return null;
                }
            }
            default -> {
                cursor.reset(mark);
                return null;
            }
        }
        if (!skipCasts(cursor)) {
            cursor.reset(mark);
            return null;
        }
        return literal;
    }

    /**
     * Skips {@code ::type} casts: {@code ::text}, {@code ::"Role"}, {@code ::public."Role"[]},
     * {@code ::character varying(10)}, {@code ::timestamp(3) without time zone}. False when a
     * {@code ::} is not followed by a type.
     */
    private static boolean skipCasts(TokenCursor cursor) {
        while (cursor.acceptSymbol("::")) {
            if (!cursor.peekName()) {
                return false;
            }
            cursor.next();
            while (cursor.acceptSymbol(".")) {
                if (!cursor.peekName()) {
                    return false;
                }
                cursor.next();
            }
            while (cursor.peekKind(Kind.IDENT)) {
                cursor.next();
            }
            if (cursor.acceptSymbol("(")) {
                while (!cursor.acceptSymbol(")")) {
                    if (cursor.next() == null) {
                        return false;
                    }
                }
                while (cursor.peekKind(Kind.IDENT)) {
                    cursor.next();
                }
            }
            while (cursor.peek() != null && cursor.peek().isSymbol("[")) {
                cursor.next();
                if (!cursor.acceptSymbol("]")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String canonical(Literal literal, ColumnTypeFamily family) {
        return switch (literal.kind) {
            case STRING -> canonicalRaw(literal.text, family);
            case NUMBER -> isNumeric(family) ? number(literal.text) : null;
            case IDENT -> family == ColumnTypeFamily.BOOLEAN ? bool(literal.text) : null;
            default -> null;
        };
    }

    /** The canonical spelling of a string literal's content on a column of {@code family}. */
    private static String canonicalRaw(String content, ColumnTypeFamily family) {
        if (isNumeric(family)) {
            return number(content);
        }
        return switch (family) {
            case BOOLEAN -> bool(content);
            case UNSUPPORTED -> null;
            default -> ColumnDefault.quote(content);
        };
    }

    static boolean isNumeric(ColumnTypeFamily family) {
        return family == ColumnTypeFamily.INT || family == ColumnTypeFamily.BIG_INT
                || family == ColumnTypeFamily.FLOAT || family == ColumnTypeFamily.DECIMAL;
    }

    static String number(String text) {
        try {
            return ColumnDefault.canonicalNumber(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String bool(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("t")) {
            return "true";
        }
        if (t.equalsIgnoreCase("false") || t.equalsIgnoreCase("f")) {
            return "false";
        }
        return null;
    }

    private record Literal(Kind kind, String text) {
    }
}
