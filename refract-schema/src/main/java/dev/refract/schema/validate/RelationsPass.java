package dev.refract.schema.validate;

import dev.refract.schema.model.Model;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fourth pass: pairs each relation field with its opposite field (same two models, same relation
 * name) and creates the {@link Relation}s. Problems (a missing opposite, ambiguous pairs) are
 * reported by the relation validations, which run later.
 */
final class RelationsPass {
    private RelationsPass() {
    }

    static void run(ValidationContext ctx) {
        List<RelationField> pending = new ArrayList<>();
        for (Model m : ctx.models.values()) {
            pending.addAll(m.relationFields());
        }
        for (RelationField field : pending) {
            if (field.relation() != null || field.relatedModel() == null) {
                continue;
            }
            RelationField opposite = findOpposite(field);
            String name = field.explicitRelationName().orElseGet(() -> defaultName(field.model(), field.relatedModel()));
            Relation relation;
            if (opposite == null) {
                relation = new Relation(name, kindOf(field, null), field, null);
            } else {
                RelationField a = field;
                RelationField b = opposite;
                boolean manyToMany = a.isList() && b.isList();
                if (manyToMany ? a.model().name().compareTo(b.model().name()) > 0
                        || (a.model() == b.model() && a.name().compareTo(b.name()) > 0) : b.isReferencing() && !a.isReferencing()) {
                    RelationField t = a;
                    a = b;
                    b = t;
                }
                relation = new Relation(name, kindOf(a, b), a, b);
                b.setRelation(relation);
            }
            field.setRelation(relation);
            ctx.relations.add(relation);
        }
    }

    private static RelationField findOpposite(RelationField field) {
        Model related = field.relatedModel();
        String name = field.explicitRelationName().orElse(null);
        for (RelationField candidate : related.relationFields()) {
            if (candidate == field || candidate.relation() != null) {
                continue;
            }
            if (candidate.relatedModel() == field.model()
                    && Objects.equals(candidate.explicitRelationName().orElse(null), name)) {
                return candidate;
            }
        }
        return null;
    }

    static String defaultName(Model a, Model b) {
        String x = a.name();
        String y = b.name();
        return x.compareTo(y) <= 0 ? x + "To" + y : y + "To" + x;
    }

    private static Relation.Kind kindOf(RelationField a, RelationField b) {
        if (b == null) {
            return a.isList() ? Relation.Kind.ONE_TO_MANY : Relation.Kind.ONE_TO_ONE;
        }
        if (a.isList() && b.isList()) {
            return Relation.Kind.IMPLICIT_MANY_TO_MANY;
        }
        if (a.isList() || b.isList()) {
            return Relation.Kind.ONE_TO_MANY;
        }
        return Relation.Kind.ONE_TO_ONE;
    }
}
