package dev.refract.schema.validate;

import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;

/**
 * The rules of one-to-many relations (Prisma's relations/one_to_many.rs): both sides declared (else
 * "missing an opposite relation field", suggesting {@code prisma format}), {@code fields} and
 * {@code references} on the singular side and nowhere else, referential actions only there.
 */
final class OneToManyValidations {
    private static final String FORMAT_HINT = "You can run `prisma format` to fix this automatically.";

    private OneToManyValidations() {
    }

    static void run(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        RelationField back = relation.backField();
        if (forward != null && back == null) {
            missingOpposite(forward, errors);
        } else if (forward == null && back != null) {
            missingOpposite(back, errors);
        }
        if (forward == null || back == null) {
            return;
        }
        if (forward.fields().isEmpty()) {
            errors.attribute("The relation field `" + forward.name() + "` on Model `" + forward.model().name()
                    + "` must specify the `fields` argument in the @relation attribute. " + FORMAT_HINT, forward.span());
        }
        if (forward.references().isEmpty()) {
            errors.attribute("The relation field `" + forward.name() + "` on Model `" + forward.model().name()
                    + "` must specify the `references` argument in the @relation attribute.", forward.span());
        }
        if (!back.fields().isEmpty() || !back.references().isEmpty()) {
            errors.attribute("The relation field `" + back.name() + "` on Model `" + back.model().name()
                    + "` must not specify the `fields` or `references` argument in the @relation attribute. You must "
                    + "only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`.", back.span());
        }
        if (back.explicitOnDelete().isPresent() || back.explicitOnUpdate().isPresent()) {
            errors.attribute("The relation field `" + back.name() + "` on Model `" + back.model().name()
                    + "` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must "
                    + "only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`, or in case of a many to many relation, in an explicit join table.",
                    back.span());
        }
    }

    static void missingOpposite(RelationField field, RelationErrors errors) {
        String container = field.model().containerKind();
        errors.field(container, field.model(), field, "The relation field `" + field.name() + "` on " + container
                + " `" + field.model().name() + "` is missing an opposite relation field on the model `"
                + field.relatedModel().name() + "`. Either run `prisma format` or add it manually.");
    }
}
