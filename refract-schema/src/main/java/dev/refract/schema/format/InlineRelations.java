package dev.refract.schema.format;

import dev.refract.schema.ast.FieldArity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one-to-one and one-to-many relations of a schema, inferred from its relation fields the way
 * Prisma does: fields pair up with the first field on the other model that points back under the
 * same relation name; the side holding {@code fields}/{@code references} (or, failing that, the
 * non-list side, or the first by model and field name) is the referencing side. Many-to-many
 * relations are not inline and are left out. Relations come in Prisma's order: by the model and
 * field that define them.
 */
final class InlineRelations {

    /**
     * A relation; {@code referencing} holds the foreign key. Either field may be missing from
     * the schema (that is what completion adds), never both.
     */
    record Relation(ModelFacts referencing, ModelFacts referenced, FieldFacts forward, FieldFacts back,
            boolean oneToOne) {
    }

    private InlineRelations() {
    }

    static List<Relation> infer(SchemaFacts facts) {
        List<Relation> relations = new ArrayList<>();
        for (ModelFacts model : facts.models) {
            for (FieldFacts field : model.fields) {
                if (field.isRelation()) {
                    Relation relation = evidence(field);
                    if (relation != null) {
                        relations.add(relation);
                    }
                }
            }
        }
        return relations;
    }

    /** The relation this field defines, or null when the opposite field defines it (or it is m:n). */
    private static Relation evidence(FieldFacts field) {
        ModelFacts model = field.model;
        ModelFacts target = field.target;
        boolean selfRelation = model == target;
        FieldFacts opposite = null;
        for (FieldFacts candidate : target.fields) {
            if (candidate.target == model && !(selfRelation && candidate == field)
                    && Objects.equals(candidate.relationName, field.relationName)) {
                opposite = candidate;
                break;
            }
        }
        FieldArity arity = field.arity();
        if (opposite == null) {
            if (arity.isList()) {
                return new Relation(target, model, null, field, false);
            }
            boolean unique = field.fields != null && model.uniqueIndexes.contains(field.fields);
            return new Relation(model, target, field, null, unique);
        }
        FieldArity oppositeArity = opposite.arity();
        if (arity.isList()) {
            return null; // m:n, or the back side of a 1:n defined on both sides
        }
        if (arity.isRequired() && oppositeArity.isOptional()) {
            return oneToOne(field, opposite);
        }
        if (arity.isRequired() && oppositeArity.isRequired()) {
            return comesFirst(field, opposite) ? oneToOne(field, opposite) : null;
        }
        if (arity.isOptional() && oppositeArity.isRequired()) {
            return null;
        }
        if (arity.isOptional() && oppositeArity.isOptional()) {
            if (field.fields != null) {
                return oneToOne(field, opposite);
            }
            if (opposite.fields == null && comesFirst(field, opposite)) {
                return oneToOne(field, opposite);
            }
            return null;
        }
        return new Relation(model, target, field, opposite, false); // 1:n defined on both sides
    }

    private static Relation oneToOne(FieldFacts forward, FieldFacts back) {
        return new Relation(forward.model, forward.target, forward, back, true);
    }

    /** [model name, field name] of {@code a} is not greater than that of {@code b}. */
    private static boolean comesFirst(FieldFacts a, FieldFacts b) {
        int byModel = a.model.name().compareTo(b.model.name());
        return byModel != 0 ? byModel < 0 : a.name().compareTo(b.name()) <= 0;
    }
}
