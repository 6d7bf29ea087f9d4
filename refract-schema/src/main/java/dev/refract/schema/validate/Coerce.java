package dev.refract.schema.validate;

import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.NumericValue;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an expression as the kind of value an attribute expects, reporting Prisma's type mismatch
 * error ({@code Expected a string value, but received numeric value `101`.}) and returning null otherwise.
 */
final class Coerce {
    private Coerce() {
    }

    static String string(Expression e, Diagnostics d) {
        if (e instanceof StringValue s) {
            return s.value();
        }
        mismatch("string", e, d);
        return null;
    }

    static String constant(Expression e, Diagnostics d) {
        if (e instanceof ConstantValue c) {
            return c.value();
        }
        mismatch("constant", e, d);
        return null;
    }

    static Boolean bool(Expression e, Diagnostics d) {
        if (e instanceof ConstantValue c && (c.value().equals("true") || c.value().equals("false"))) {
            return Boolean.valueOf(c.value());
        }
        mismatch("boolean", e, d);
        return null;
    }

    static Long integer(Expression e, Diagnostics d) {
        if (e instanceof NumericValue n) {
            try {
                return Long.parseLong(n.value());
            } catch (NumberFormatException ignored) {
                // falls through to the mismatch error
            }
        }
        mismatch("numeric", e, d);
        return null;
    }

    static FunctionCall function(Expression e, Diagnostics d) {
        if (e instanceof FunctionCall f) {
            return f;
        }
        mismatch("function", e, d);
        return null;
    }

    /** An array, or a single value read as an array of one. */
    static List<Expression> array(Expression e) {
        if (e instanceof ArrayExpression a) {
            return a.elements();
        }
        List<Expression> one = new ArrayList<>();
        one.add(e);
        return one;
    }

    /** Every element read with {@code element}; null when any element fails. */
    static <T> List<T> array(Expression e, Diagnostics d, java.util.function.BiFunction<Expression, Diagnostics, T> element) {
        List<T> out = new ArrayList<>();
        boolean ok = true;
        for (Expression item : array(e)) {
            T v = element.apply(item, d);
            if (v == null) {
                ok = false;
            } else {
                out.add(v);
            }
        }
        return ok ? out : null;
    }

    static void mismatch(String expected, Expression e, Diagnostics d) {
        d.error("Expected a " + expected + " value, but received " + e.describeKind() + " value `" + e.render() + "`.",
                e.span());
    }
}
