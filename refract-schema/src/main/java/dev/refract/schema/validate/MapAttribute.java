package dev.refract.schema.validate;

import dev.refract.schema.ast.Expression;

/** {@code @map("name")} / {@code @@map("name")}: the database name of a field, model, enum or enum value. */
final class MapAttribute {
    private MapAttribute() {
    }

    /** Reads the name argument of the current attribute; null when invalid (already reported). */
    static String read(ValidationContext ctx) {
        Expression arg = ctx.attributes.defaultArgument("name");
        if (arg == null) {
            return null;
        }
        String name = Coerce.string(arg, ctx.diagnostics);
        if (name != null && name.isEmpty()) {
            ctx.attributes.attributeError("The `name` argument cannot be an empty string.");
            return null;
        }
        return name;
    }
}
