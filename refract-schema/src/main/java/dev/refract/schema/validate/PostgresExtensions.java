package dev.refract.schema.validate;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL datasource's {@code extensions = [postgis, uuid_ossp(map: "uuid-ossp", schema: "x",
 * version: "1.1")]}: each element a name or a call with named string arguments map/schema/version.
 * Whether the preview feature is on and the names are valid is checked later, with the other validations.
 */
final class PostgresExtensions {
    /** One extension as written. */
    record Extension(String name, String map, String schema, String version, Span span) {
    }

    private PostgresExtensions() {
    }

    /** Reads the property into {@code ctx.extensions} and returns the extension names. */
    static List<String> read(ValidationContext ctx, ConfigProperty property) {
        Diagnostics d = ctx.diagnostics;
        ctx.extensionsSpan = EnvValues.propertySpan(property);
        List<Expression> elements = Coerce.array(property.value());
        boolean ok = true;
        for (Expression e : elements) {
            if (!(e instanceof ConstantValue) && !(e instanceof FunctionCall)) {
                Coerce.mismatch("constant or function", e, d);
                ok = false;
            }
        }
        if (!ok) {
            return List.of();
        }
        List<Extension> extensions = new ArrayList<>();
        for (Expression e : elements) {
            if (e instanceof ConstantValue c) {
                extensions.add(new Extension(c.value(), null, null, null, c.span()));
                continue;
            }
            FunctionCall f = (FunctionCall) e;
            Map<String, Argument> args = new LinkedHashMap<>();
            Map<String, String> values = new LinkedHashMap<>();
            for (Argument a : f.arguments().arguments()) {
                if (a.isPositional()) {
                    d.error("Error validating: The argument must have a name", a.span());
                } else if (args.containsKey(a.name().name())) {
                    d.error("Error validating: The argument `" + a.name().name() + "` can only be defined once",
                            a.span());
                } else {
                    args.put(a.name().name(), a);
                    values.put(a.name().name(), a.value() == null ? null : Coerce.string(a.value(), d));
                }
            }
            String map = stringArgument(d, args, values, "map");
            String schema = stringArgument(d, args, values, "schema");
            String version = stringArgument(d, args, values, "version");
            for (Argument unknown : args.values()) {
                d.error("Argument not known: \"" + unknown.name().name() + "\".", unknown.span());
            }
            extensions.add(new Extension(f.name(), map, schema, version, f.span()));
        }
        extensions.sort(java.util.Comparator.comparing(Extension::name));
        ctx.extensions.addAll(extensions);
        return extensions.stream().map(Extension::name).toList();
    }

    private static String stringArgument(Diagnostics d, Map<String, Argument> args, Map<String, String> values,
            String name) {
        Argument a = args.remove(name);
        if (a == null) {
            return null;
        }
        String value = values.get(name);
        if (value == null) {
            d.error("Error validating: The `" + name + "` argument must be a string literal", a.span());
        }
        return value;
    }

    /** After resolution: the preview feature must be on, and names follow Prisma's identifier rules. */
    static void validate(ValidationContext ctx) {
        if (ctx.extensionsSpan == null) {
            return;
        }
        if (!ctx.hasPreviewFeature("postgresqlExtensions")) {
            ctx.diagnostics.error("The `extensions` property is only available with the `postgresqlExtensions` preview "
                    + "feature.", ctx.extensionsSpan);
            return;
        }
        for (Extension e : ctx.extensions) {
            if (e.name().isEmpty()) {
                ctx.diagnostics.error("Error validating: The name of an extension must not be empty.", e.span());
            } else if (Character.isDigit(e.name().charAt(0))) {
                ctx.diagnostics.error("Error validating: The name of an extension must not start with a number.",
                        e.span());
            } else if (e.name().contains("-")) {
                ctx.diagnostics.error("Error validating: The character `-` is not allowed in extension names.",
                        e.span());
            }
        }
    }
}
