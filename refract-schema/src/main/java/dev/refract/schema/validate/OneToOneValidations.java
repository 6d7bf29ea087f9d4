package dev.refract.schema.validate;

import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * The rules of one-to-one relations (Prisma's relations/one_to_one.rs), in its order: both sides
 * declared, {@code fields}/{@code references} on exactly one side, referential actions only on the
 * forward side, unique referencing fields, no mix-ups between the sides, an optional back side, and
 * the arguments on the required side.
 */
final class OneToOneValidations {
    private OneToOneValidations() {
    }

    static void run(ValidationContext ctx, Relation relation, RelationErrors errors) {
        bothSidesAreDefined(relation, errors);
        fieldsAndReferencesAreDefined(relation, errors);
        definedOnOneSideOnly(relation, errors);
        referentialActions(relation, errors);
        fieldsMustBeUnique(ctx, relation, errors);
        mixups(relation, errors);
        backRelationIsOptional(relation, errors);
        wrongSide(ctx, relation, errors);
    }

    private static void bothSidesAreDefined(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        if (relation.backField() != null || forward == null) {
            return;
        }
        String container = forward.model().containerKind();
        errors.field(container, forward.model(), forward, "The relation field `" + forward.name() + "` on " + container
                + " `" + forward.model().name() + "` is missing an opposite relation field on the model `"
                + forward.relatedModel().name() + "`. Either run `prisma format` or add it manually.");
    }

    private static String pair(RelationField a, RelationField b) {
        return "The relation fields `" + a.name() + "` on Model `" + a.model().name() + "` and `" + b.name()
                + "` on Model `" + b.model().name() + "`";
    }

    private static void fieldsAndReferencesAreDefined(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        RelationField back = relation.backField();
        if (forward == null || back == null) {
            return;
        }
        if (forward.fields().isEmpty() && back.fields().isEmpty()) {
            String tail = " do not provide the `fields` argument in the @relation attribute. You have to provide it on "
                    + "one of the two fields.";
            errors.attribute(pair(forward, back) + tail, forward.span());
            errors.attribute(pair(back, forward) + tail, back.span());
        }
        if (forward.references().isEmpty() && back.references().isEmpty()) {
            String tail = " do not provide the `references` argument in the @relation attribute. You have to provide "
                    + "it on one of the two fields.";
            errors.attribute(pair(forward, back) + tail, forward.span());
            errors.attribute(pair(back, forward) + tail, back.span());
        }
    }

    private static void definedOnOneSideOnly(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        RelationField back = relation.backField();
        if (forward == null || back == null) {
            return;
        }
        if (!forward.references().isEmpty() && !back.references().isEmpty()) {
            String message = pair(forward, back) + " both provide the `references` argument in the @relation attribute. "
                    + "You have to provide it only on one of the two fields.";
            errors.attribute(message, forward.span());
            errors.attribute(message, back.span());
        }
        if (!forward.fields().isEmpty() && !back.fields().isEmpty()) {
            String message = pair(forward, back) + " both provide the `fields` argument in the @relation attribute. "
                    + "You have to provide it only on one of the two fields.";
            errors.attribute(message, forward.span());
            errors.attribute(message, back.span());
        }
    }

    private static boolean hasActions(RelationField field) {
        return field.explicitOnDelete().isPresent() || field.explicitOnUpdate().isPresent();
    }

    private static void referentialActions(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        RelationField back = relation.backField();
        if (forward == null || back == null) {
            return;
        }
        String both = " both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to "
                + "provide it only on one of the two fields.";
        if (hasActions(forward) && hasActions(back)) {
            errors.attribute(pair(back, forward) + both, back.span());
            errors.attribute(pair(forward, back) + both, forward.span());
        } else if (hasActions(back)) {
            errors.attribute("The relation field `" + back.name() + "` on Model `" + back.model().name()
                    + "` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must "
                    + "only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`.", back.span());
        }
    }

    private static void fieldsMustBeUnique(ValidationContext ctx, Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        // Without `fields` there is nothing to check: other rules report it.
        if (forward == null || !RelationAttributeData.fieldsGiven(ctx, forward)) {
            return;
        }
        List<ScalarField> fields = forward.fields();
        if (RelationValidations.uniqueCriteria(relation.modelA()).stream().anyMatch(c -> c.equals(fields))) {
            return;
        }
        String names = RelationValidations.joinNames(fields);
        String message = fields.size() == 1
                ? "A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute "
                        + "to the field `" + names + "`, or change the relation to one-to-many."
                : "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([" + names
                        + "])` attribute to the model, or change the relation to one-to-many.";
        errors.attribute(message, forward.span());
    }

    private static void mixups(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        RelationField back = relation.backField();
        if (forward == null || back == null || errors.hasErrors()) {
            return;
        }
        if (!forward.fields().isEmpty() && !back.references().isEmpty()) {
            String message = "The relation field `" + forward.name() + "` on Model `" + forward.model().name()
                    + "` provides the `fields` argument in the @relation attribute. And the related field `" + back.name()
                    + "` on Model `" + back.model().name() + "` provides the `references` argument. You must provide "
                    + "both arguments on the same side.";
            errors.attribute(message, forward.span());
            errors.attribute(message, back.span());
        }
        if (!forward.references().isEmpty() && !back.fields().isEmpty()) {
            String message = "The relation field `" + forward.name() + "` on Model `" + forward.model().name()
                    + "` provides the `references` argument in the @relation attribute. And the related field `"
                    + back.name() + "` on Model `" + back.model().name() + "` provides the `fields` argument. You must "
                    + "provide both arguments on the same side.";
            errors.attribute(message, forward.span());
        }
    }

    private static void backRelationIsOptional(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        RelationField back = relation.backField();
        if (forward == null || back == null || errors.hasErrors() || !back.isRequired()) {
            return;
        }
        String model = forward.model().name();
        errors.attribute("The relation field `" + back.name() + "` on Model `" + back.model().name() + "` is required. "
                + "This is not valid because it's not possible to enforce this constraint on the database level. Please "
                + "change the field type from `" + model + "` to `" + model + "?` to fix this.", back.span());
    }

    private static void wrongSide(ValidationContext ctx, Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        RelationField back = relation.backField();
        if (forward == null || back == null || errors.hasErrors() || !forward.isRequired()) {
            return;
        }
        if (RelationAttributeData.fieldsGiven(ctx, back) || RelationAttributeData.referencesGiven(ctx, back)) {
            errors.attribute("The relation field `" + back.model().name() + "." + back.name() + "` defines the `fields` "
                    + "and/or `references` argument. You must set them on the required side of the relation (`"
                    + forward.model().name() + "." + forward.name() + "`) in order for the constraints to be enforced. "
                    + "Alternatively, you can change this field to be required and the opposite optional, or make both "
                    + "sides of the relation optional.", back.span());
        }
    }
}
