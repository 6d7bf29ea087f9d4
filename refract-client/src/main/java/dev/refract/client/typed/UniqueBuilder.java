package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of a generated {@code <Model>WhereUnique}: the values of one unique criterion (the primary
 * key or a unique constraint), which generated methods set together, and the further conditions
 * Prisma's WhereUniqueInput takes besides the criterion (the generated {@code and(w -> ...)}).
 */
public abstract class UniqueBuilder {
    private final Map<ScalarField, Object> values = new LinkedHashMap<>();
    private final List<Filter> conditions = new ArrayList<>();

    /** Sets one field of a criterion; generated methods call this. */
    protected final void put(ScalarField field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("A unique criterion cannot be null: " + field.name());
        }
        values.put(field, value);
    }

    /** Adds a further condition the record must meet besides the criterion; the generated {@code and} calls this. */
    protected final void condition(Filter filter) {
        conditions.add(filter);
    }

    /** The criterion's field values (a cursor takes these, and no further conditions). */
    public final Map<ScalarField, Object> values() {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A unique where needs at least one of its criteria, such as the id");
        }
        if (!conditions.isEmpty()) {
            throw new IllegalArgumentException("A cursor takes a unique criterion only, not further conditions (and(...))");
        }
        return Collections.unmodifiableMap(values);
    }

    /** The criterion, with the further conditions, as a filter. */
    public final Filter toFilter() {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A unique where needs at least one of its criteria, such as the id");
        }
        List<Filter> parts = new ArrayList<>();
        values.forEach((field, value) -> parts.add(new Filter.ScalarFilter(field, ScalarOp.EQUALS, value, false)));
        parts.addAll(conditions);
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }
}
