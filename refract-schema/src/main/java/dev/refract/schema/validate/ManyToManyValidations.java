package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * The rules of many-to-many relations (Prisma's relations/many_to_many): an implicit one needs a
 * connector with join tables, no views, a single-field {@code @id} on both models, no referential
 * actions and no {@code references}; embedded ones (list fields with {@code fields}) are MongoDB only.
 */
final class ManyToManyValidations {
    private ManyToManyValidations() {
    }

    static void implicit(ValidationContext ctx, Connector connector, Relation relation, RelationErrors errors) {
        List<RelationField> fields = List.of(relation.fieldA(), relation.fieldB());
        if (!connector.supportsImplicitManyToMany()) {
            for (RelationField field : fields) {
                errors.validation("Implicit many-to-many relations are not supported on " + connector.displayName()
                        + ". Please use the syntax defined in https://pris.ly/d/document-database-many-to-many",
                        field.span());
            }
        }
        if (relation.modelA().isView() || relation.modelB().isView()) {
            for (RelationField field : fields) {
                errors.validation("Implicit many-to-many relations are not supported for views.", field.span());
            }
        }
        for (RelationField field : fields) {
            Model related = field.relatedModel();
            List<ScalarField> id = related.primaryKey().map(pk -> pk.scalarFields()).orElse(List.of());
            if (id.size() != 1) {
                String container = related.containerKind();
                errors.field(container, field.model(), field, "The relation field `" + field.name() + "` on "
                        + container + " `" + field.model().name() + "` references `" + related.name() + "` which does "
                        + "not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use "
                        + "an explicit intermediate Model to represent this relationship.");
                continue;
            }
            boolean referencesId = !RelationAttributeData.referencesGiven(ctx, field) || field.references().equals(id);
            if (!referencesId) {
                errors.validation("Implicit many-to-many relations must always reference the id field of the related "
                        + "model. Change the argument `references` to use the id field of the related model `"
                        + related.name() + "`. But it is referencing the following fields that are not the id: "
                        + RelationValidations.joinNames(field.references()), field.span());
            }
        }
        for (RelationField field : fields) {
            if (field.explicitOnDelete().isPresent()) {
                errors.validation("Referential actions on implicit many-to-many relations are not supported",
                        RelationAttributeData.onDeleteSpan(ctx, field));
            }
            if (field.explicitOnUpdate().isPresent()) {
                errors.validation("Referential actions on implicit many-to-many relations are not supported",
                        RelationAttributeData.onUpdateSpan(ctx, field));
            }
        }
        for (RelationField field : fields) {
            if (RelationAttributeData.referencesGiven(ctx, field)) {
                errors.attribute("Implicit many-to-many relation should not have references argument defined. Either "
                        + "remove it, or change the relation to one-to-many.", field.span());
            }
        }
    }

    static void embedded(Connector connector, Relation relation, RelationErrors errors) {
        if (connector.supportsEmbeddedManyToMany()) {
            return;
        }
        for (RelationField field : List.of(relation.fieldA(), relation.fieldB())) {
            errors.validation("Embedded many-to-many relations are not supported on " + connector.displayName()
                    + ". Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many",
                    field.span());
        }
    }
}
