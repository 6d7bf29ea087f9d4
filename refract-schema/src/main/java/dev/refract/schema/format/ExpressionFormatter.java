package dev.refract.schema.format;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.NumericValue;
import dev.refract.schema.ast.StringValue;

/**
 * Canonical text of values and attributes: literals as written, one space after each comma and
 * after a colon, no spaces inside brackets and parentheses, trailing commas dropped.
 */
final class ExpressionFormatter {
    private ExpressionFormatter() {
    }

    static String attribute(Attribute attribute) {
        StringBuilder out = new StringBuilder(attribute.blockLevel() ? "@@" : "@");
        out.append(attribute.name().name());
        if (attribute.hasParentheses()) {
            arguments(attribute.arguments(), out);
        }
        return out.toString();
    }

    static String expression(Expression expression) {
        StringBuilder out = new StringBuilder();
        expression(expression, out);
        return out.toString();
    }

    private static void expression(Expression expression, StringBuilder out) {
        if (expression instanceof StringValue s) {
            out.append(s.raw());
        } else if (expression instanceof NumericValue n) {
            out.append(n.value());
        } else if (expression instanceof ConstantValue c) {
            out.append(c.value());
        } else if (expression instanceof FunctionCall f) {
            out.append(f.name());
            arguments(f.arguments(), out);
        } else if (expression instanceof ArrayExpression a) {
            out.append('[');
            for (int i = 0; i < a.elements().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                expression(a.elements().get(i), out);
            }
            out.append(']');
        }
    }

    private static void arguments(ArgumentsList arguments, StringBuilder out) {
        out.append('(');
        for (int i = 0; i < arguments.arguments().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Argument argument = arguments.arguments().get(i);
            if (argument.name() != null) {
                out.append(argument.name().name()).append(": ");
            }
            if (argument.value() != null) {
                expression(argument.value(), out);
            }
        }
        out.append(')');
    }
}
