package dev.refract.schema.validate;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.NumericValue;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.model.DefaultValue;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code @default(value, map: "...")} on a scalar field: literals checked against the field type,
 * and the functions autoincrement() now() uuid() uuid(4|7) cuid() cuid(1|2) nanoid(n) ulid()
 * dbgenerated("...") auto(); unknown functions are kept for connector-level validation.
 */
final class DefaultAttribute {
    static final Set<String> KNOWN_FUNCTIONS =
            Set.of("autoincrement", "cuid", "uuid", "nanoid", "ulid", "now", "dbgenerated", "auto", "sequence");

    private DefaultAttribute() {
    }

    static void visit(ValidationContext ctx, Model model, ScalarField field) {
        AttributeVisitor v = ctx.attributes;
        Expression value = v.defaultArgument("value");
        if (value == null) {
            return;
        }
        String map = IndexArguments.mapArgument(ctx);
        var span = v.current().span();
        if (value instanceof FunctionCall f && f.name().equals("dbgenerated")) {
            if (dbgeneratedArgsOk(ctx, f)) {
                field.setDefaultValue(function(f, map, span));
            }
            return;
        }
        FieldType type = field.type();
        if (type instanceof FieldType.CompositeRef c) {
            ctx.diagnostics.error("Error validating field `" + field.name() + "` in composite type `" + c.typeName()
                    + "`: Defaults on fields of type composite are not supported. Please remove the `@default` attribute.",
                    span);
        } else if (type instanceof FieldType.EnumRef e) {
            enumDefault(ctx, field, e.enumName(), value, map, span);
        } else if (type instanceof FieldType.Scalar s) {
            scalarDefault(ctx, field, s.kind(), value, map, span);
        } else {
            v.attributeError("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
        }
    }

    private static void scalarDefault(ValidationContext ctx, ScalarField field, ScalarKind kind, Expression value,
            String map, dev.refract.schema.diagnostics.Span span) {
        AttributeVisitor v = ctx.attributes;
        if (value instanceof FunctionCall f) {
            String fn = f.name();
            List<Argument> args = f.arguments().arguments();
            boolean ok;
            if (fn.equals("autoincrement") && map != null) {
                v.attributeError("Naming an autoincrement default value is not allowed.");
                return;
            } else if (fn.equals("autoincrement") && (kind == ScalarKind.INT || kind == ScalarKind.BIG_INT)) {
                ok = emptyArgs(ctx, fn, args);
            } else if (fn.equals("cuid") && kind == ScalarKind.STRING) {
                ok = versionArg(ctx, "cuid", args, Set.of(1L, 2L), "1 or 2");
            } else if (fn.equals("uuid") && kind == ScalarKind.STRING) {
                ok = versionArg(ctx, "uuid", args, Set.of(4L, 7L), "4 or 7");
            } else if (fn.equals("ulid") && kind == ScalarKind.STRING) {
                ok = emptyArgs(ctx, fn, args);
            } else if (fn.equals("nanoid") && kind == ScalarKind.STRING) {
                ok = nanoidArgs(ctx, args);
            } else if (fn.equals("now") && kind == ScalarKind.DATE_TIME) {
                ok = emptyArgs(ctx, fn, args);
            } else if (fn.equals("auto")) {
                ok = args.isEmpty();
                if (!ok) {
                    v.attributeError("`auto()` takes no arguments");
                }
            } else if (!KNOWN_FUNCTIONS.contains(fn)) {
                ctx.unknownFunctionDefaults.add(field);
                ok = true;
            } else {
                v.attributeError("The function `" + fn + "()` cannot be used on fields of type `" + kind.schemaName() + "`.");
                return;
            }
            if (ok) {
                field.setDefaultValue(function(f, map, span));
            }
            return;
        }
        if (field.isList()) {
            if (!(value instanceof ArrayExpression array)) {
                v.attributeError("The default value of a list field must be a list.");
                return;
            }
            List<Object> values = new ArrayList<>();
            for (Expression e : array.elements()) {
                Object literal = literal(ctx, kind, e);
                if (literal == null) {
                    return;
                }
                values.add(literal);
            }
            field.setDefaultValue(new DefaultValue.Literal(values, map, span));
            return;
        }
        if (value instanceof ArrayExpression) {
            v.attributeError("The default value of a non-list field cannot be a list.");
            return;
        }
        Object literal = literal(ctx, kind, value);
        if (literal != null) {
            field.setDefaultValue(new DefaultValue.Literal(literal, map, span));
        }
    }

    /** A literal of the scalar kind, or null after reporting why not. */
    private static Object literal(ValidationContext ctx, ScalarKind kind, Expression value) {
        switch (kind) {
            case STRING, JSON, BYTES, DATE_TIME -> {
                if (value instanceof StringValue s) {
                    return s.value();
                }
            }
            case INT, BIG_INT, FLOAT -> {
                if (value instanceof NumericValue n) {
                    return new BigDecimal(n.value());
                }
            }
            case DECIMAL -> {
                if (value instanceof NumericValue n) {
                    return new BigDecimal(n.value());
                }
                if (value instanceof StringValue s) {
                    return s.value();
                }
            }
            case BOOLEAN -> {
                if (value instanceof ConstantValue c) {
                    if (c.value().equals("true") || c.value().equals("false")) {
                        return Boolean.valueOf(c.value());
                    }
                    ctx.diagnostics.error("Error parsing attribute \"@default\": A boolean literal must be `true` or `false`.",
                            c.span());
                    return null;
                }
            }
            default -> {
            }
        }
        ctx.attributes.attributeError("Expected a " + kind.schemaName() + " value, but found `" + value.render() + "`.");
        return null;
    }

    private static void enumDefault(ValidationContext ctx, ScalarField field, String enumName, Expression value,
            String map, dev.refract.schema.diagnostics.Span span) {
        var decl = ctx.enums.get(enumName).declaration();
        List<Expression> items = field.isList() && value instanceof ArrayExpression a ? a.elements() : List.of(value);
        if (field.isList() && !(value instanceof ArrayExpression)) {
            ctx.attributes.attributeError("The default value of a list field must be a list.");
            return;
        }
        List<Object> names = new ArrayList<>();
        for (Expression e : items) {
            if (!(e instanceof ConstantValue c)) {
                ctx.attributes.attributeError("Expected an enum value, but found `" + e.render() + "`.");
                return;
            }
            if (decl.values().stream().noneMatch(v -> v.name().name().equals(c.value()))) {
                ctx.attributes.attributeError("The defined default value `" + c.value()
                        + "` is not a valid value of the enum specified for the field.");
                return;
            }
            names.add(c.value());
        }
        field.setDefaultValue(new DefaultValue.Literal(field.isList() ? names : names.get(0), map, span));
    }

    private static boolean emptyArgs(ValidationContext ctx, String fn, List<Argument> args) {
        if (args.isEmpty()) {
            return true;
        }
        ctx.attributes.attributeError("The `" + fn + "` function does not take any argument. Consider changing this "
                + "default to `" + fn + "()`.");
        return false;
    }

    private static boolean versionArg(ValidationContext ctx, String fn, List<Argument> args, Set<Long> allowed,
            String allowedText) {
        if (args.size() > 1) {
            ctx.attributes.attributeError("`" + fn + "()` takes a single Int argument.");
            return false;
        }
        if (args.isEmpty()) {
            return true;
        }
        if (!(args.get(0).value() instanceof NumericValue n)) {
            ctx.attributes.attributeError("`" + fn + "()` takes a single Int argument.");
            return false;
        }
        if (!allowed.contains(parseLong(n.value()))) {
            ctx.attributes.attributeError("`" + fn + "()` takes either no argument, or a single integer argument which is "
                    + "either " + allowedText + ".");
            return false;
        }
        return true;
    }

    private static boolean nanoidArgs(ValidationContext ctx, List<Argument> args) {
        if (args.size() > 1) {
            ctx.attributes.attributeError("`nanoid()` takes a single Int argument.");
            return false;
        }
        if (args.isEmpty()) {
            return true;
        }
        if (!(args.get(0).value() instanceof NumericValue n)) {
            ctx.attributes.attributeError("`nanoid()` takes a single Int argument.");
            return false;
        }
        long length = parseLong(n.value());
        if (length < 2 || length > 255) {
            ctx.attributes.attributeError("`nanoid()` takes either no argument, or a single integer argument between 2 "
                    + "and 255.");
            return false;
        }
        return true;
    }

    private static boolean dbgeneratedArgsOk(ValidationContext ctx, FunctionCall f) {
        List<Argument> args = f.arguments().arguments();
        if (args.size() > 1) {
            ctx.attributes.attributeError("`dbgenerated()` takes a single String argument");
        }
        Expression first = args.isEmpty() ? null : args.get(0).value();
        if (first instanceof StringValue s && s.value().isEmpty()) {
            ctx.attributes.attributeError("dbgenerated() takes either no argument, or a single nonempty string argument.");
            return false;
        }
        if (first == null || first instanceof StringValue) {
            return args.size() <= 1;
        }
        ctx.attributes.attributeError("`dbgenerated()` takes a single String argument");
        return false;
    }

    private static long parseLong(String s) {
        try {
            return new BigDecimal(s).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private static DefaultValue function(FunctionCall f, String map, dev.refract.schema.diagnostics.Span span) {
        List<Object> args = new ArrayList<>();
        for (Argument a : f.arguments().arguments()) {
            if (a.value() instanceof StringValue s) {
                args.add(s.value());
            } else if (a.value() instanceof NumericValue n) {
                args.add(Integer.valueOf((int) parseLong(n.value())));
            } else if (a.value() != null) {
                args.add(a.value().render());
            }
        }
        return new DefaultValue.Function(f.name(), args, map, span);
    }
}
