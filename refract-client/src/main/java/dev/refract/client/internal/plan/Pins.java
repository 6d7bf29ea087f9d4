package dev.refract.client.internal.plan;

import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The values a where pins: every record it finds has them. */
public final class Pins {
    private Pins() {
    }

    /**
     * The fields a where sets with plain equalities joined by AND ({@code id = 7 AND ...}), with their
     * values. Null, case-insensitive, list and other conditions pin nothing.
     */
    public static Map<ScalarField, Object> of(Filter where) {
        Map<ScalarField, Object> pinned = new HashMap<>();
        collect(where, pinned);
        return pinned;
    }

    /**
     * The parent key of {@code relation}'s records as {@code pinned} (from {@link #of}) gives it: the
     * value, a list of values for a composite key, or null when the where does not pin all of it.
     * Where it gives it, every parent the where finds has that key, so the related records are known
     * before the parents are read.
     */
    public static Object parentKey(Map<ScalarField, Object> pinned, RelationField relation) {
        List<ScalarField> key = ReadPlanner.parentKey(relation);
        if (!pinned.keySet().containsAll(key)) {
            return null;
        }
        return key.size() == 1 ? pinned.get(key.get(0)) : key.stream().map(pinned::get).toList();
    }

    private static void collect(Filter where, Map<ScalarField, Object> pinned) {
        if (where instanceof Filter.And and) {
            and.filters().forEach(f -> collect(f, pinned));
        } else if (where instanceof Filter.ScalarFilter f && f.op() == ScalarOp.EQUALS && !f.insensitive() && f.value() != null
                && !f.field().isList()) {
            pinned.putIfAbsent(f.field(), f.value());
        }
    }
}
