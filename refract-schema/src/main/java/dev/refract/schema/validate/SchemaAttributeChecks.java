package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.Model;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Multi-schema rules ({@code @@schema} and the datasource's {@code schemas}, generally available
 * since Prisma 6.13): a schema must be listed in the datasource; once {@code schemas} is given, every
 * model, view and enum names its schema; enums may share a database name only across schemas.
 */
final class SchemaAttributeChecks {
    private SchemaAttributeChecks() {
    }

    /** Per model and view, in the model loop of Prisma's validations. */
    static void models(ValidationContext ctx) {
        for (Model model : ctx.models.values()) {
            Optional<Span> span = schemaSpan(model.declaration().attributes());
            if (model.schemaName().isPresent() && span.isPresent()) {
                undefinedSchema(ctx, model.schemaName().get(), span.get());
            } else if (model.schemaName().isEmpty() && missingRequired(ctx)) {
                String kind = model.isView() ? "view" : "model";
                ctx.diagnostics.error("Error validating " + kind + " \"" + model.name() + "\": This " + kind
                        + " is missing an `@@schema` attribute.", model.declaration().span());
            }
        }
    }

    /** Per enum, after the models: database name clashes within a schema, then the schema rules. */
    static void enums(ValidationContext ctx) {
        Connector connector = ctx.connector();
        if (connector == null || connector.supportsEnums()) {
            Set<String> names = new HashSet<>();
            for (Enum e : ctx.enums.values()) {
                if (!names.add(e.schemaName().orElse("") + "\u0000" + e.databaseName())) {
                    ctx.diagnostics.error("An enum with the same database name is already defined.",
                            e.declaration().span());
                }
            }
        }
        for (Enum e : ctx.enums.values()) {
            Optional<Span> span = schemaSpan(e.declaration().attributes());
            if (e.schemaName().isPresent() && span.isPresent()) {
                undefinedSchema(ctx, e.schemaName().get(), span.get());
            } else if (e.schemaName().isEmpty() && missingRequired(ctx)) {
                ctx.diagnostics.error("This enum is missing an `@@schema` attribute.", e.declaration().span());
            }
        }
    }

    private static void undefinedSchema(ValidationContext ctx, String schema, Span span) {
        if (ctx.datasource != null && !ctx.datasource.schemas().contains(schema)) {
            ctx.diagnostics.error("This schema is not defined in the datasource. Read more on `@@schema` at "
                    + "https://pris.ly/d/multi-schema", span);
        }
    }

    /** Once the datasource lists schemas (on a connector with schemas), {@code @@schema} is required. */
    private static boolean missingRequired(ValidationContext ctx) {
        Connector connector = ctx.connector();
        return ctx.schemasSpan != null && connector != null && connector.supportsMultiSchema();
    }

    private static Optional<Span> schemaSpan(List<Attribute> attributes) {
        return attributes.stream().filter(a -> a.name().name().equals("schema")).map(Attribute::span).findFirst();
    }
}
