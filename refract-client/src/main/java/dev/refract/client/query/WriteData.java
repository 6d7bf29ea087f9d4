package dev.refract.client.query;

import dev.refract.client.RefractValidationException;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prisma's {@code data} of a create or update: scalar field writes, and nested writes per relation
 * field (in the order given).
 */
public record WriteData(Model model, Map<ScalarField, FieldWrite> scalars, Map<RelationField, List<NestedWrite>> relations) {

    /**
     * @throws RefractValidationException (P2009) when a foreign key field is written together with a
     *         nested write of its relation, which Prisma refuses (both the typed and the dynamic door)
     */
    public WriteData {
        scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
        ScalarField fk = foreignKeyAlsoWritten(scalars, relations);
        if (fk != null) {
            throw new RefractValidationException(model.name(), fk.name(), foreignKeyProblem(fk, scalars, relations));
        }
    }

    /** A foreign key field written together with a nested write of its relation, or null. */
    public static ScalarField foreignKeyAlsoWritten(Map<ScalarField, FieldWrite> scalars,
            Map<RelationField, List<NestedWrite>> relations) {
        for (RelationField relation : relations.keySet()) {
            if (relation.isReferencing()) {
                for (ScalarField fk : relation.fields()) {
                    if (scalars.containsKey(fk)) {
                        return fk;
                    }
                }
            }
        }
        return null;
    }

    /** Prisma's words for {@link #foreignKeyAlsoWritten}'s field. */
    public static String foreignKeyProblem(ScalarField fk, Map<ScalarField, FieldWrite> scalars,
            Map<RelationField, List<NestedWrite>> relations) {
        RelationField relation = relations.keySet().stream().filter(r -> r.isReferencing() && r.fields().contains(fk))
                .findFirst().orElseThrow();
        return "Unknown argument `" + fk.name() + "`: the relation `" + relation.name() + "` is written in the same data";
    }

    public boolean hasNestedWrites() {
        return !relations.isEmpty();
    }
}
