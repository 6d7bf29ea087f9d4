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
    // most criteria are one field (the id): it is kept apart, the map made only for compound criteria
    private ScalarField field;
    private Object value;
    private Map<ScalarField, Object> more = Map.of();
    private List<Filter> conditions = List.of();

    /** Sets one field of a criterion; generated methods call this. */
    protected final void put(ScalarField field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("A unique criterion cannot be null: " + field.name());
        }
        if (this.field == null || this.field == field) {
            this.field = field;
            this.value = value;
            return;
        }
        if (more.isEmpty()) {
            more = new LinkedHashMap<>();
        }
        more.put(field, value);
    }

    /** Adds a further condition the record must meet besides the criterion; the generated {@code and} calls this. */
    protected final void condition(Filter filter) {
        if (conditions.isEmpty()) {
            conditions = new ArrayList<>(2);
        }
        conditions.add(filter);
    }

    /** The criterion's field values (a cursor takes these, and no further conditions). */
    public final Map<ScalarField, Object> values() {
        if (field == null) {
            throw new IllegalArgumentException("A unique where needs at least one of its criteria, such as the id");
        }
        if (!conditions.isEmpty()) {
            throw new IllegalArgumentException("A cursor takes a unique criterion only, not further conditions (and(...))");
        }
        Map<ScalarField, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        values.putAll(more);
        return Collections.unmodifiableMap(values);
    }

    /** The criterion, with the further conditions, as a filter. */
    public final Filter toFilter() {
        if (field == null) {
            throw new IllegalArgumentException("A unique where needs at least one of its criteria, such as the id");
        }
        Filter first = new Filter.ScalarFilter(field, ScalarOp.EQUALS, value, false);
        if (more.isEmpty() && conditions.isEmpty()) {
            return first;
        }
        List<Filter> parts = new ArrayList<>();
        parts.add(first);
        more.forEach((f, v) -> parts.add(new Filter.ScalarFilter(f, ScalarOp.EQUALS, v, false)));
        parts.addAll(conditions);
        return new Filter.And(parts);
    }
}
