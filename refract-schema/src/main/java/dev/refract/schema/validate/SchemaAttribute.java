package dev.refract.schema.validate;

import dev.refract.schema.ast.Expression;

/** {@code @@schema("name")}: the database schema of a model or enum (multi-schema). */
final class SchemaAttribute {
    private SchemaAttribute() {
    }

    static String read(ValidationContext ctx) {
        Expression arg = ctx.attributes.defaultArgument("map");
        return arg == null ? null : Coerce.string(arg, ctx.diagnostics);
    }
}
