package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.RelationMode;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Per-relation checks in Prisma's order (validations.rs relation loop, relations.rs): for one-to-one
 * and one-to-many relations, cascade cycles (with {@code relationMode = "prisma"}), {@code references}
 * pointing to a unique criterion, {@code fields}/{@code references} lengths, arity and types, and
 * {@code SetNull} on required fields; then the kind's own rules ({@link OneToOneValidations},
 * {@link OneToManyValidations}, {@link ManyToManyValidations}).
 */
final class RelationValidations {
    private RelationValidations() {
    }

    static void run(ValidationContext ctx) {
        Connector connector = RelationFieldValidations.connectorOf(ctx);
        if (ctx.stopValidations) {
            return;
        }
        RelationErrors errors = new RelationErrors(ctx);
        RelationMode mode = RelationFieldValidations.relationMode(ctx);
        ForeignKeyNames foreignKeyNames = new ForeignKeyNames(ctx, connector);
        for (Relation relation : ctx.relations) {
            switch (relation.kind()) {
                case ONE_TO_ONE, ONE_TO_MANY -> {
                    if (relation.isComplete()) {
                        ReferentialCycles.check(ctx, connector, mode, relation, errors);
                    }
                    referencesUniqueFields(connector, relation, errors);
                    sameLength(ctx, relation, errors);
                    fieldArity(relation, errors);
                    fieldTypes(relation, errors);
                    foreignKeyNames.check(ctx, relation, errors);
                    setNullOnRequiredFields(ctx, connector, mode, relation, errors);
                    if (relation.isOneToOne()) {
                        OneToOneValidations.run(ctx, relation, errors);
                    } else {
                        OneToManyValidations.run(relation, errors);
                    }
                }
                case IMPLICIT_MANY_TO_MANY -> ManyToManyValidations.implicit(ctx, connector, relation, errors);
                case EMBEDDED_MANY_TO_MANY -> ManyToManyValidations.embedded(connector, relation, errors);
            }
        }
    }

    /** The model's unique criteria in Prisma's order: the primary key, then the unique indexes. */
    static List<List<ScalarField>> uniqueCriteria(Model model) {
        List<List<ScalarField>> criteria = new ArrayList<>();
        model.primaryKey().ifPresent(pk -> criteria.add(pk.scalarFields()));
        for (Index index : model.indexes()) {
            if (index.isUnique()) {
                criteria.add(index.scalarFields());
            }
        }
        return criteria;
    }

    /** The referenced fields: {@code references}, or the first strict unique criterion of model B. */
    static List<ScalarField> referencedFields(Relation relation) {
        RelationField forward = relation.forwardField();
        if (forward != null && !forward.references().isEmpty()) {
            return forward.references();
        }
        for (List<ScalarField> criterion : uniqueCriteria(relation.modelB())) {
            if (criterion.stream().noneMatch(f -> f.isOptional() || f.isUnsupported())) {
                return criterion;
            }
        }
        return List.of();
    }

    private static List<String> names(List<ScalarField> fields) {
        return fields.stream().map(ScalarField::name).toList();
    }

    private static void referencesUniqueFields(Connector connector, Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        if (forward == null || forward.references().isEmpty()) {
            return;
        }
        List<String> references = names(forward.references());
        List<String> sorted = references.stream().sorted().toList();
        boolean unique = uniqueCriteria(relation.modelB()).stream()
                .anyMatch(c -> names(c).stream().sorted().toList().equals(sorted));
        if (unique) {
            referencesInCriterionOrder(connector, relation, errors);
            return;
        }
        String model = relation.modelB().name();
        String message = references.size() == 1
                ? "The argument `references` must refer to a unique criterion in the related model. Consider adding "
                        + "an `@unique` attribute to the field `" + references.get(0) + "` in the model `" + model + "`."
                : "The argument `references` must refer to a unique criterion in the related model. Consider adding "
                        + "an `@@unique([" + String.join(", ", references) + "])` attribute to the model `" + model + "`.";
        errors.attribute(message, forward.span());
    }

    /** Without RelationFieldsInArbitraryOrder, {@code references} must follow a unique criterion's order. */
    private static void referencesInCriterionOrder(Connector connector, Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        List<ScalarField> references = forward.references();
        if (references.size() <= 1 || connector.allowsRelationFieldsInArbitraryOrder()) {
            return;
        }
        if (uniqueCriteria(relation.modelB()).stream().anyMatch(c -> c.equals(references))) {
            return;
        }
        errors.validation("The argument `references` must refer to a unique criterion in the related model `"
                + relation.modelB().name() + "` using the same order of fields. Please check the ordering in the "
                + "following fields: `" + joinNames(references) + "`.", forward.span());
    }

    private static void sameLength(ValidationContext ctx, Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        if (forward == null || !RelationAttributeData.fieldsGiven(ctx, forward)
                || !RelationAttributeData.referencesGiven(ctx, forward)) {
            return;
        }
        if (forward.fields().size() != forward.references().size()) {
            errors.validation("You must specify the same number of fields in `fields` and `references`.",
                    RelationAttributeData.attributeSpan(ctx, forward));
        }
    }

    private static void fieldArity(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        if (forward == null || !forward.isRequired() || forward.fields().stream().noneMatch(ScalarField::isOptional)) {
            return;
        }
        errors.validation("The relation field `" + forward.name() + "` uses the scalar fields "
                + String.join(", ", names(forward.fields())) + ". At least one of those fields is optional. Hence the "
                + "relation field must be optional as well.", forward.span());
    }

    private static void fieldTypes(Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        if (forward == null) {
            return;
        }
        List<ScalarField> referencing = forward.fields();
        List<ScalarField> referenced = referencedFields(relation);
        for (int i = 0; i < Math.min(referencing.size(), referenced.size()); i++) {
            ScalarField a = referencing.get(i);
            ScalarField b = referenced.get(i);
            if (!a.type().equals(b.type())) {
                errors.attribute("The type of the field `" + a.name() + "` in the model `" + a.model().name()
                        + "` is not matching the type of the referenced field `" + b.name() + "` in model `"
                        + b.model().name() + "`.", forward.span());
            }
        }
    }

    private static void setNullOnRequiredFields(ValidationContext ctx, Connector connector, RelationMode mode,
            Relation relation, RelationErrors errors) {
        RelationField forward = relation.forwardField();
        if (forward == null) {
            return;
        }
        List<ScalarField> fields = forward.fields();
        if (RelationAttributeData.fieldsGiven(ctx, forward) && fields.stream().noneMatch(ScalarField::isRequired)) {
            return;
        }
        List<String> actions = new ArrayList<>();
        if (forward.explicitOnDelete().orElse(null) == ReferentialAction.SET_NULL) {
            actions.add("onDelete");
        }
        if (forward.explicitOnUpdate().orElse(null) == ReferentialAction.SET_NULL) {
            actions.add("onUpdate");
        }
        for (String action : actions) {
            if (connector.allowsSetNullOnNonNullableFields(mode)) {
                errors.warning("The `" + action + "` referential action of a relation should not be set to `SetNull` "
                        + "when a referenced field is required. We recommend either to choose another referential action, "
                        + "or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null ",
                        forward.span());
            } else {
                errors.attribute("The `" + action + "` referential action of a relation must not be set to `SetNull` "
                        + "when a referenced field is required.\nEither choose another referential action, or make the "
                        + "referenced fields optional.\n", forward.span());
            }
        }
    }

    static String joinNames(List<ScalarField> fields) {
        return fields.stream().map(ScalarField::name).collect(Collectors.joining(", "));
    }
}
