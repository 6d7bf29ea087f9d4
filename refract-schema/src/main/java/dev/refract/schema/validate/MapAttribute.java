package dev.refract.schema.validate;

import dev.refract.schema.ast.Expression;

/** {@code @map("name")} / {@code @@map("name")}: the database name of a field, model, enum or enum value. */
final class MapAttribute {
    private MapAttribute() {
    }

    /**
     * Reads the name argument of the current attribute; null when invalid (already reported). An
     * empty name is accepted, as Prisma does (introspection writes {@code EMPTY_ENUM_VALUE @map("")}).
     */
    static String read(ValidationContext ctx) {
        Expression arg = ctx.attributes.defaultArgument("name");
        return arg == null ? null : Coerce.string(arg, ctx.diagnostics);
    }

    /**
     * A scalar field's {@code @map} must not give it the column of another scalar field: the same
     * mapped name as a field visited before it, or the name of a field that is not mapped elsewhere.
     */
    static void checkScalarFieldColumn(ValidationContext ctx, dev.refract.schema.model.Model model,
            dev.refract.schema.model.ScalarField field, String mappedName) {
        boolean clash = false;
        for (dev.refract.schema.model.ScalarField other : model.scalarFields()) {
            if (other != field && other.mappedName().map(mappedName::equals).orElse(false)) {
                clash = true;
            }
        }
        var named = model.field(mappedName).orElse(null);
        if (named instanceof dev.refract.schema.model.ScalarField other && other != field
                && other.mappedName().map(mappedName::equals).orElse(true)) {
            clash = true;
        }
        if (clash) {
            ctx.diagnostics.error("Field \"" + field.name() + "\" is already defined on " + model.containerKind() + " \""
                    + model.name() + "\".", field.span());
        }
    }
}
