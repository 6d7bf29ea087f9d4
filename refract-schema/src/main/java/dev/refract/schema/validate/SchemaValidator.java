package dev.refract.schema.validate;

import dev.refract.schema.ParseResult;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;

/**
 * Runs validation in Prisma's order: names, then types (each stops on errors, to avoid cascades),
 * attributes, relations; then the configuration blocks; then, only if all of that is clean, the
 * connector-aware validations. Returns the resolved schema, or null when there are errors.
 */
public final class SchemaValidator {
    private SchemaValidator() {
    }

    public static Schema validate(ParseResult parsed, Diagnostics diagnostics) {
        ValidationContext ctx = new ValidationContext(parsed, diagnostics);
        resolve(ctx);
        ConfigurationPass.run(ctx);
        if (diagnostics.hasErrors()) {
            return null;
        }
        Validations.run(ctx);
        if (diagnostics.hasErrors()) {
            return null;
        }
        RelationDefaults.apply(ctx);
        return new Schema(ctx.datasource, ctx.generators, new ArrayList<>(ctx.models.values()),
                new ArrayList<>(ctx.enums.values()), new ArrayList<>(ctx.compositeTypes.values()), ctx.relations,
                ctx.previewFeatures);
    }

    private static void resolve(ValidationContext ctx) {
        NamesPass.run(ctx);
        if (ctx.diagnostics.hasErrors()) {
            return;
        }
        TypesPass.run(ctx);
        if (ctx.diagnostics.hasErrors()) {
            return;
        }
        TypesPass.enumValues(ctx);
        AttributesPass.run(ctx);
        RelationsPass.run(ctx);
    }
}
