package dev.refract.schema.validate;

import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fourth pass: infers the {@link Relation}s the way Prisma's parser-database does (relations.rs). Each
 * relation field, in model then field order, looks for its opposite: the first field of the related
 * model that points back to this model with the same explicit relation name (both unnamed counts as the
 * same), never itself. The arities of the two fields then decide the kind and which side is model A,
 * and each relation is created once, from the side Prisma creates it from. Problems (missing or
 * ambiguous opposites, wrong sides) are reported later by the relation validations.
 */
final class RelationsPass {
    private RelationsPass() {
    }

    static void run(ValidationContext ctx) {
        for (Model model : ctx.models.values()) {
            for (RelationField field : model.relationFields()) {
                if (field.relatedModel() != null) {
                    ingest(ctx, field);
                }
            }
        }
    }

    private static void ingest(ValidationContext ctx, RelationField field) {
        Model model = field.model();
        Model related = field.relatedModel();
        RelationField opposite = findOpposite(field);
        String name = field.explicitRelationName().orElse(null);
        Relation.Kind kind;
        RelationField a = field;
        RelationField b = opposite;
        Model modelA = model;
        Model modelB = related;
        if (opposite != null && field.isList() && opposite.isList()) {
            // m:n, created once: from the field whose model name (then field name, for self-relations) sorts first.
            if (model.name().compareTo(related.name()) > 0) {
                return;
            }
            if (model == related && field.name().compareTo(opposite.name()) > 0) {
                return;
            }
            kind = fieldsGiven(ctx, field) || fieldsGiven(ctx, opposite) ? Relation.Kind.EMBEDDED_MANY_TO_MANY
                    : Relation.Kind.IMPLICIT_MANY_TO_MANY;
        } else if (opposite != null && field.isRequired() && opposite.isOptional()) {
            kind = Relation.Kind.ONE_TO_ONE;
        } else if (opposite != null && field.isRequired() && opposite.isRequired()) {
            // Required on both sides: rejected later, model A is just the first by (model name, field name).
            if (sortsAfter(field, opposite)) {
                return;
            }
            kind = Relation.Kind.ONE_TO_ONE;
        } else if (opposite != null && field.isOptional() && opposite.isRequired()) {
            return; // the virtual side of a required 1:1; created from the opposite
        } else if (opposite != null && field.isOptional() && opposite.isOptional()) {
            if (!fieldsGiven(ctx, field)) {
                if (fieldsGiven(ctx, opposite) || sortsAfter(field, opposite)) {
                    return;
                }
            }
            kind = Relation.Kind.ONE_TO_ONE;
        } else if (opposite != null && field.isList()) {
            return; // the back side of a 1:n; created from the opposite
        } else if (field.isList()) {
            // 1:n declared only on the list side: model A is the related model, and it has no field.
            kind = Relation.Kind.ONE_TO_MANY;
            a = null;
            b = field;
            modelA = related;
            modelB = model;
        } else if (opposite != null) {
            kind = Relation.Kind.ONE_TO_MANY;
        } else {
            kind = fieldsGiven(ctx, field) && fieldsAreUnique(field) ? Relation.Kind.ONE_TO_ONE
                    : Relation.Kind.ONE_TO_MANY;
        }
        Relation relation = new Relation(name, kind, modelA, modelB, a, b);
        if (a != null && a.relation() == null) {
            a.setRelation(relation);
        }
        if (b != null && b.relation() == null) {
            b.setRelation(relation);
        }
        ctx.relations.add(relation);
    }

    /** Prisma compares [model name, field name] of the two fields. */
    private static boolean sortsAfter(RelationField field, RelationField opposite) {
        int byModel = field.model().name().compareTo(opposite.model().name());
        return byModel > 0 || byModel == 0 && field.name().compareTo(opposite.name()) > 0;
    }

    private static RelationField findOpposite(RelationField field) {
        Model related = field.relatedModel();
        String name = field.explicitRelationName().orElse(null);
        for (RelationField candidate : related.relationFields()) {
            if (candidate == field || candidate.relatedModel() != field.model()) {
                continue;
            }
            if (Objects.equals(candidate.explicitRelationName().orElse(null), name)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether {@code fields:} was written in the field's {@code @relation} (even if it did not resolve). */
    private static boolean fieldsGiven(ValidationContext ctx, RelationField field) {
        return RelationAttributeData.fieldsGiven(ctx, field);
    }

    /** A unique index ({@code @unique} or {@code @@unique}) on exactly the relation's fields, in order. */
    private static boolean fieldsAreUnique(RelationField field) {
        List<Object> fields = new ArrayList<>(field.fields());
        for (Index index : field.model().indexes()) {
            if (index.isUnique() && new ArrayList<Object>(index.scalarFields()).equals(fields)) {
                return true;
            }
        }
        return false;
    }
}
