package dev.refract.client.query;

import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read of records of one model: Prisma's {@code where}, {@code orderBy}, {@code cursor}, {@code take}
 * (negative: the last records, counted from the end of the order), {@code skip}, {@code distinct} and
 * the shape of each result record. Nested reads inside a {@link Selection} apply per parent record.
 *
 * @param cursor unique field values of the record to start from (inclusive); empty for none
 * @param take   null for all records
 * @param skip   null or 0 for none
 * @param relationLoadStrategy how included relations are loaded (top-level reads); null lets the planner choose
 */
public record ReadQuery(Model model, Filter where, List<OrderBy> orderBy, Map<ScalarField, Object> cursor,
        Integer take, Integer skip, List<ScalarField> distinct, Selection selection,
        RelationLoadStrategy relationLoadStrategy) {

    /** A read whose relation-load strategy the planner chooses. */
    public ReadQuery(Model model, Filter where, List<OrderBy> orderBy, Map<ScalarField, Object> cursor,
            Integer take, Integer skip, List<ScalarField> distinct, Selection selection) {
        this(model, where, orderBy, cursor, take, skip, distinct, selection, null);
    }

    public ReadQuery {
        where = where == null ? Filter.ALL : where;
        orderBy = List.copyOf(orderBy);
        cursor = cursor.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cursor));
        distinct = List.copyOf(distinct);
    }

    /** All records of the model with their scalar fields. */
    public static ReadQuery all(Model model) {
        return new ReadQuery(model, Filter.ALL, List.of(), Map.of(), null, null, List.of(), Selection.scalarsOf(model));
    }

    public ReadQuery withTake(Integer newTake) {
        return new ReadQuery(model, where, orderBy, cursor, newTake, skip, distinct, selection, relationLoadStrategy);
    }

    /** This read with its relations loaded by {@code strategy} (null: the planner chooses). */
    public ReadQuery withRelationLoadStrategy(RelationLoadStrategy strategy) {
        return new ReadQuery(model, where, orderBy, cursor, take, skip, distinct, selection, strategy);
    }

    /** take, skip or cursor: the order must be total for pages to be stable. */
    public boolean isPaginated() {
        return take != null || (skip != null && skip > 0) || !cursor.isEmpty();
    }
}
