package dev.refract.schema.parser;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.Identifier;
import dev.refract.schema.ast.NumericValue;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/** Expressions and argument lists: {@code function_call | array | numeric | string | path}. */
final class ExpressionParser {
    private final Cursor c;
    private final Diagnostics diagnostics;

    ExpressionParser(Cursor c, Diagnostics diagnostics) {
        this.c = c;
        this.diagnostics = diagnostics;
    }

    Expression expression() {
        int start = c.pos;
        Expression e;
        if ((e = functionCall()) != null) {
            return e;
        }
        c.pos = start;
        if ((e = array()) != null) {
            return e;
        }
        c.pos = start;
        if ((e = numeric()) != null) {
            return e;
        }
        c.pos = start;
        if ((e = stringLiteral()) != null) {
            return e;
        }
        c.pos = start;
        String path = c.path();
        if (path != null) {
            return new ConstantValue(path, c.span(start));
        }
        c.pos = start;
        return null;
    }

    private Expression functionCall() {
        int start = c.pos;
        String path = c.path();
        if (path == null) {
            return null;
        }
        c.skipWhitespace();
        ArgumentsList args = argumentsList();
        return args == null ? null : new FunctionCall(path, args, c.span(start));
    }

    private Expression array() {
        int start = c.pos;
        if (!c.literal("[")) {
            return null;
        }
        List<Expression> elements = new ArrayList<>();
        c.skipWhitespace();
        int firstStart = c.pos;
        Expression first = expression();
        if (first != null) {
            elements.add(first);
            while (true) {
                int save = c.pos;
                c.skipWhitespace();
                if (!c.literal(",")) {
                    c.pos = save;
                    break;
                }
                c.skipWhitespace();
                Expression next = expression();
                if (next == null) {
                    c.pos = save;
                    break;
                }
                elements.add(next);
            }
        } else {
            c.pos = firstStart;
        }
        c.skipWhitespace();
        if (!c.literal("]")) {
            return null;
        }
        return new ArrayExpression(elements, c.span(start));
    }

    private Expression numeric() {
        int start = c.pos;
        c.literal("-");
        if (!isDigit(c.peek())) {
            return null;
        }
        while (isDigit(c.peek())) {
            c.pos++;
        }
        if (c.peek() == '.' && isDigit(c.peek(1))) {
            c.pos++;
            while (isDigit(c.peek())) {
                c.pos++;
            }
        }
        return new NumericValue(c.slice(start), c.span(start));
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** A JSON-style string literal; escapes are resolved, unknown ones reported. */
    Expression stringLiteral() {
        int start = c.pos;
        if (!c.literal("\"")) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        List<int[]> badEscapes = new ArrayList<>();
        while (true) {
            if (c.eof()) {
                return null;
            }
            char ch = c.peek();
            if (ch == '"') {
                c.pos++;
                break;
            }
            if (ch < 0x20) {
                return null;
            }
            if (ch == '\\') {
                if (c.pos + 1 >= c.text.length()) {
                    return null;
                }
                int escStart = c.pos;
                char next = c.peek(1);
                c.pos += 2;
                switch (next) {
                    case '"' -> value.append('"');
                    case '\\' -> value.append('\\');
                    case '/' -> value.append('/');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        if (c.pos + 4 <= c.text.length() && isHex(c.text.substring(c.pos, c.pos + 4))) {
                            value.append((char) Integer.parseInt(c.text.substring(c.pos, c.pos + 4), 16));
                            c.pos += 4;
                        } else {
                            badEscapes.add(new int[] {escStart, c.pos});
                        }
                    }
                    default -> {
                        if (next < 0x20 && next != '\t') {
                            // an escaped line break still ends the literal badly
                            return null;
                        }
                        badEscapes.add(new int[] {escStart, c.pos});
                        value.append(next);
                    }
                }
                continue;
            }
            value.append(ch);
            c.pos++;
        }
        for (int[] bad : badEscapes) {
            diagnostics.error("Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.",
                    c.span(bad[0], bad[1]));
        }
        return new StringValue(value.toString(), c.slice(start), c.span(start));
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code "(" ~ (argument ~ ("," ~ argument)*)? ~ trailing_comma? ~ ")"}; null when none. */
    ArgumentsList argumentsList() {
        int start = c.pos;
        if (!c.literal("(")) {
            return null;
        }
        List<Argument> arguments = new ArrayList<>();
        c.skipWhitespace();
        int save = c.pos;
        Argument first = argument();
        if (first != null) {
            arguments.add(first);
            while (true) {
                save = c.pos;
                c.skipWhitespace();
                if (!c.literal(",")) {
                    c.pos = save;
                    break;
                }
                c.skipWhitespace();
                Argument next = argument();
                if (next == null) {
                    c.pos = save;
                    break;
                }
                arguments.add(next);
            }
        } else {
            c.pos = save;
        }
        c.skipWhitespace();
        boolean trailingComma = c.literal(",");
        c.skipWhitespace();
        if (!c.literal(")")) {
            c.pos = start;
            return null;
        }
        return new ArgumentsList(arguments, trailingComma, c.span(start));
    }

    /** {@code named_argument | empty_argument | expression} */
    private Argument argument() {
        int start = c.pos;
        String name = c.identifier();
        if (name != null) {
            Identifier id = new Identifier(name, c.span(start));
            c.skipWhitespace();
            if (c.literal(":")) {
                int afterColon = c.pos;
                c.skipWhitespace();
                Expression value = expression();
                if (value != null) {
                    return new Argument(id, value, c.span(start));
                }
                c.pos = afterColon;
                return new Argument(id, null, c.span(start));
            }
        }
        c.pos = start;
        Expression value = expression();
        return value == null ? null : new Argument(null, value, c.span(start));
    }
}
