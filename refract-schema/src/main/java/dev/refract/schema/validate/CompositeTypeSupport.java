package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.CompositeType;

/** Composite types ({@code type} blocks) exist only on MongoDB: on the SQL connectors each one is an error. */
final class CompositeTypeSupport {
    private CompositeTypeSupport() {
    }

    static void run(ValidationContext ctx) {
        Connector connector = ctx.connector();
        if (connector == null || connector.supportsCompositeTypes()) {
            return;
        }
        for (CompositeType type : ctx.compositeTypes.values()) {
            ctx.diagnostics.error("Error validating: Composite types are not supported on " + connector.displayName()
                    + ".", type.declaration().span());
        }
    }
}
