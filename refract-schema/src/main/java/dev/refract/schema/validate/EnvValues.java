package dev.refract.schema.validate;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.ConfigValue;

/**
 * Reads a configuration value that is a string or {@code env("VAR")} (Prisma's StringFromEnvVar):
 * named arguments to {@code env} only warn; anything but one string argument is an error.
 */
final class EnvValues {
    static final String BAD_ENV = "The env function expects a singular, unnamed, string argument.";

    private EnvValues() {
    }

    /** The value, or null after reporting why it is not one. */
    static ConfigValue read(Expression value, Diagnostics d) {
        if (!(value instanceof FunctionCall f) || !f.name().equals("env")) {
            String literal = Coerce.string(value, d);
            return literal == null ? null : ConfigValue.literal(literal);
        }
        boolean bad = false;
        for (Argument a : f.arguments().arguments()) {
            if (a.isEmpty()) {
                d.error(BAD_ENV, f.span());
                bad = true;
            }
        }
        long given = f.arguments().arguments().stream().filter(a -> !a.isEmpty()).count();
        if (f.arguments().trailingComma() || given > 1) {
            d.error(BAD_ENV, f.span());
            bad = true;
        }
        for (Argument a : f.arguments().arguments()) {
            if (!a.isEmpty() && !a.isPositional()) {
                d.warning("The env function doesn't expect named arguments", a.span());
            }
        }
        if (bad) {
            return null;
        }
        Argument first = f.arguments().arguments().isEmpty() ? null : f.arguments().arguments().get(0);
        if (first != null && first.value() instanceof StringValue s) {
            return ConfigValue.env(s.value());
        }
        d.error(BAD_ENV, f.span());
        return null;
    }

    /** {@code key = value} without the line break: where Prisma points at a whole property. */
    static Span propertySpan(ConfigProperty p) {
        return p.value() == null ? p.name().span() : p.name().span().union(p.value().span());
    }
}
