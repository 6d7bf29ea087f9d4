package dev.refract.schema.validate;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.NativeTypeConstructor;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code @db.*} attributes checked against the connector's native type catalog, in Prisma's order:
 * datasource prefix, known name, argument count, scalar type compatibility, argument syntax, then the
 * connector's range rules. Also Prisma's hint when an {@code Unsupported("...")} type is in fact a
 * native type Prisma knows.
 */
final class NativeTypeChecks {
    private static final Pattern UNSUPPORTED = Pattern.compile("^([^(]+)(?:\\((.*?)\\))?(.+)?$", Pattern.DOTALL);
    private static final Pattern U32 = Pattern.compile("\\+?[0-9]+");

    private NativeTypeChecks() {
    }

    /** Runs over every scalar field of every model and view. */
    static void run(ValidationContext ctx) {
        for (Model model : ctx.models.values()) {
            for (ScalarField field : model.scalarFields()) {
                nativeType(ctx, field);
                unsupportedType(ctx, field);
            }
        }
    }

    static void nativeType(ValidationContext ctx, ScalarField field) {
        Attribute attribute = ctx.nativeTypeAttributes.get(field);
        if (attribute == null || !(field.type() instanceof FieldType.Scalar scalar)) {
            return;
        }
        String fullName = attribute.name().name();
        String scope = fullName.substring(0, fullName.indexOf('.'));
        String typeName = fullName.substring(fullName.indexOf('.') + 1);
        List<String> args = new ArrayList<>();
        for (Argument a : attribute.arguments().arguments()) {
            args.add(a.value() == null ? "" : a.value().render());
        }
        if (ctx.datasource != null && !ctx.datasource.name().equals(scope)) {
            String name = ctx.datasource.name();
            ctx.diagnostics.error("The prefix " + scope + " is invalid. It must be equal to the name of an existing "
                    + "datasource e.g. " + name + ". Did you mean to use " + name + "." + typeName + "?", attribute.span());
        }
        Connector connector = ctx.connector();
        Optional<NativeTypeConstructor> found = connector == null ? Optional.empty() : connector.nativeType(typeName);
        if (found.isEmpty()) {
            String provider = ctx.datasource == null ? "Default" : ctx.datasource.provider().id();
            ctx.diagnostics.error("Native type " + typeName + " is not supported for " + provider + " connector.",
                    attribute.span());
            return;
        }
        NativeTypeConstructor constructor = found.get();
        int required = constructor.arguments().required();
        int optional = constructor.arguments().optional();
        if (args.size() < required || (args.size() > required && optional == 0)) {
            ctx.diagnostics.error("Function \"" + typeName + "\" takes " + required + " arguments, but received "
                    + args.size() + ".", attribute.span());
            return;
        }
        if (args.size() > required + optional) {
            ctx.diagnostics.error("Native type " + typeName + " takes " + optional + " optional arguments, but received "
                    + args.size() + ".", attribute.span());
            return;
        }
        if (!constructor.scalarTypes().contains(scalar.kind())) {
            String expected = constructor.scalarTypes().stream().map(ScalarKind::schemaName)
                    .collect(Collectors.joining(" or "));
            ctx.diagnostics.error("Native type " + typeName + " is not compatible with declared field type "
                    + scalar.kind().schemaName() + ", expected field type " + expected + ".", attribute.span());
            return;
        }
        Optional<NativeType> parsed = parse(constructor, args);
        if (parsed.isEmpty()) {
            ctx.diagnostics.error("Expected " + constructor.arguments().description() + ", but found ("
                    + String.join(", ", args) + ").", attribute.span());
            return;
        }
        connector.nativeTypeArgumentsError(parsed.get(), scalar.kind())
                .ifPresent(message -> ctx.diagnostics.error(message, attribute.span()));
    }

    /** The native type with its arguments read as Prisma reads them, or empty when they do not fit the shape. */
    static Optional<NativeType> parse(NativeTypeConstructor constructor, List<String> args) {
        List<String> values = new ArrayList<>();
        switch (constructor.arguments()) {
            case NONE -> {
                return Optional.of(new NativeType(constructor.name(), List.of()));
            }
            case ONE -> {
                if (args.size() != 1) {
                    return Optional.empty();
                }
            }
            case OPTIONAL_ONE -> {
                if (args.size() > 1) {
                    return Optional.empty();
                }
            }
            case OPTIONAL_TWO -> {
                if (args.size() != 0 && args.size() != 2) {
                    return Optional.empty();
                }
            }
            default -> throw new IllegalStateException();
        }
        for (String arg : args) {
            Long value = u32(arg);
            if (value == null) {
                return Optional.empty();
            }
            values.add(Long.toString(value));
        }
        return Optional.of(new NativeType(constructor.name(), values));
    }

    private static Long u32(String s) {
        if (!U32.matcher(s).matches()) {
            return null;
        }
        try {
            long v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            return v <= 0xFFFF_FFFFL ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code Unsupported("Text")} where {@code String @db.Text} would do: Prisma rejects it with a hint. */
    static void unsupportedType(ValidationContext ctx, ScalarField field) {
        if (ctx.datasource == null || !(field.type() instanceof FieldType.Unsupported unsupported)) {
            return;
        }
        Connector connector = ctx.connector();
        if (connector == null) {
            return;
        }
        Matcher m = UNSUPPORTED.matcher(unsupported.databaseType());
        if (!m.matches()) {
            return;
        }
        String prefix = m.group(1).trim();
        List<String> args = new ArrayList<>();
        if (m.group(2) != null) {
            for (String p : m.group(2).split(",", -1)) {
                args.add(p.trim());
            }
        }
        Optional<NativeTypeConstructor> constructor = connector.nativeType(prefix);
        Optional<NativeType> parsed = constructor.flatMap(c -> parse(c, args));
        if (parsed.isEmpty()) {
            return;
        }
        List<ScalarKind> scalars = constructor.get().scalarTypes();
        ScalarKind scalar = scalars.get(scalars.size() - 1);
        ctx.diagnostics.error("Error validating: The type `Unsupported(\"" + unsupported.databaseType() + "\")` you "
                + "specified in the type definition for the field `" + field.name() + "` is supported as a native type "
                + "by Prisma. Please use the native type notation `" + scalar.schemaName() + " @" + ctx.datasource.name()
                + "." + parsed.get().render() + "` for full support.", field.span());
    }
}
