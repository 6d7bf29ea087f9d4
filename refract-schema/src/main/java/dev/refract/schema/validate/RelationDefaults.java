package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.RelationMode;

/**
 * Prisma's default {@code onDelete} for a referencing field (walker_ext_traits.rs): {@code SetNull} when
 * the field's referential arity is optional; when it is required, {@code Restrict} if the connector
 * supports it in the relation mode, else {@code NoAction}. ({@code onUpdate} always defaults to
 * {@code Cascade}.) Stored on the fields once the connector is known, for downstream use.
 */
final class RelationDefaults {
    private RelationDefaults() {
    }

    static ReferentialAction defaultOnDelete(Connector connector, RelationMode mode, RelationField field) {
        if (!field.referentialArity().isRequired()) {
            return ReferentialAction.SET_NULL;
        }
        return connector.supportsReferentialAction(mode, ReferentialAction.RESTRICT) ? ReferentialAction.RESTRICT
                : ReferentialAction.NO_ACTION;
    }

    /** Records the default {@code onDelete} on every relation field (read through {@code effectiveOnDelete()}). */
    static void apply(ValidationContext ctx) {
        Connector connector = RelationFieldValidations.connectorOf(ctx);
        RelationMode mode = RelationFieldValidations.relationMode(ctx);
        for (Model model : ctx.models.values()) {
            for (RelationField field : model.relationFields()) {
                field.setDefaultOnDelete(defaultOnDelete(connector, mode, field));
            }
        }
    }
}
