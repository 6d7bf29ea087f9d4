package dev.refract.client.internal.plan;

import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;
import java.util.HashMap;
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

    private static void collect(Filter where, Map<ScalarField, Object> pinned) {
        if (where instanceof Filter.And and) {
            and.filters().forEach(f -> collect(f, pinned));
        } else if (where instanceof Filter.ScalarFilter f && f.op() == ScalarOp.EQUALS && !f.insensitive() && f.value() != null
                && !f.field().isList()) {
            pinned.putIfAbsent(f.field(), f.value());
        }
    }
}
