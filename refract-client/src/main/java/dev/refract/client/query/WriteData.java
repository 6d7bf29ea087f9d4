package dev.refract.client.query;

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

    public WriteData {
        scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
    }

    public boolean hasNestedWrites() {
        return !relations.isEmpty();
    }
}
