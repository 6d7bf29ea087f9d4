package dev.refract.client.query;

import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a read returns for each record: scalar fields, related records (each relation read with its
 * own nested {@link ReadQuery}), and counts of related records ({@code _count}, each with a filter).
 * Prisma's {@code include} is all scalars plus the listed relations, {@code select} the listed fields,
 * {@code omit} all scalars minus the listed ones.
 */
public record Selection(List<ScalarField> scalars, Map<RelationField, ReadQuery> relations,
        Map<RelationField, Filter> counts) {

    public Selection {
        scalars = List.copyOf(scalars);
        relations = relations.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(relations));
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Every scalar field of the model that the client exposes, nothing else. */
    public static Selection scalarsOf(dev.refract.schema.model.Model model) {
        List<ScalarField> all = model.scalarFields();
        for (ScalarField f : all) {
            if (f.isIgnored() || f.isUnsupported()) {
                return new Selection(all.stream().filter(g -> !g.isIgnored() && !g.isUnsupported()).toList(), Map.of(), Map.of());
            }
        }
        return new Selection(all, Map.of(), Map.of());
    }
}
