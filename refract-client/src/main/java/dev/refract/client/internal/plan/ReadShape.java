package dev.refract.client.internal.plan;

import dev.refract.client.query.Filter;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.RelationLoadStrategy;
import dev.refract.client.query.Selection;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read's statement with its values taken out: reads of the same shape (the same fields, operators,
 * order, page and selection; other values) render to the same SQL, so the top-level statement is planned
 * and rendered once per shape and bound with each read's values ({@link ReadStatements}).
 *
 * <p>Values whose SQL does not depend on them are taken out as {@link Slot}s: scalar comparisons
 * (equals, not, lt/lte/gt/gte with a non-null value) and each element of an in/notIn list (the
 * number of elements is part of the shape). A read with anything else among its conditions (LIKE
 * patterns, Json and scalar-list filters, a cursor) has no shape and is planned as it comes.
 *
 * @param key    equal for reads of the same shape
 * @param values the values, by slot index
 * @param query  the read itself
 */
public record ReadShape(Key key, Object[] values, ReadQuery query) {

    /** A bind parameter that takes the read's value number {@code index}. */
    public record Slot(int index) {
    }

    /** What the top-level statement depends on: the read without its values and its relations' own reads. */
    public record Key(Model model, Filter where, List<OrderBy> orderBy, Integer take, Integer skip,
            List<ScalarField> distinct, List<ScalarField> scalars, List<RelationField> relations,
            Map<RelationField, Filter> counts, RelationLoadStrategy strategy) {
    }

    /** The shape of {@code query}'s top-level statement, or null when its SQL depends on its values. */
    public static ReadShape of(ReadQuery query) {
        if (!query.cursor().isEmpty()) {
            return null;
        }
        Slotter slotter = new Slotter();
        Filter where = slotter.filter(query.where());
        Map<RelationField, Filter> counts = query.selection().counts();
        if (!counts.isEmpty()) {
            Map<RelationField, Filter> slotted = new LinkedHashMap<>();
            for (Map.Entry<RelationField, Filter> e : counts.entrySet()) {
                slotted.put(e.getKey(), slotter.filter(e.getValue()));
            }
            counts = slotted;
        }
        if (slotter.failed) {
            return null;
        }
        Selection selection = query.selection();
        Key key = new Key(query.model(), where, query.orderBy(), query.take(), query.skip(), query.distinct(),
                selection.scalars(), List.copyOf(selection.relations().keySet()), counts, query.relationLoadStrategy());
        return new ReadShape(key, slotter.values.toArray(), query);
    }

    /** The read with {@link Slot}s in place of its values, to plan and render once for the shape. */
    public ReadQuery template() {
        return new ReadQuery(key.model(), key.where(), key.orderBy(), Map.of(), key.take(), key.skip(), key.distinct(),
                new Selection(key.scalars(), query.selection().relations(), key.counts()), key.strategy());
    }

    /** Replaces the values of a filter tree with slots, numbered in the order met. */
    private static final class Slotter {
        final List<Object> values = new ArrayList<>(4);
        boolean failed;

        Filter filter(Filter f) {
            if (f instanceof Filter.And and) {
                return and.filters().isEmpty() ? and : new Filter.And(all(and.filters()));
            }
            if (f instanceof Filter.Or or) {
                return new Filter.Or(all(or.filters()));
            }
            if (f instanceof Filter.Not not) {
                return new Filter.Not(all(not.filters()));
            }
            if (f instanceof Filter.ScalarFilter s) {
                return scalar(s);
            }
            if (f instanceof Filter.RelationFilter r) {
                return r.filter() == null ? r : new Filter.RelationFilter(r.field(), r.condition(), filter(r.filter()));
            }
            failed = true;
            return f;
        }

        private List<Filter> all(List<Filter> filters) {
            List<Filter> out = new ArrayList<>(filters.size());
            for (Filter f : filters) {
                out.add(filter(f));
            }
            return out;
        }

        private Filter scalar(Filter.ScalarFilter s) {
            if (s.field().isList()) {
                failed = true;
                return s;
            }
            Object value = s.value();
            switch (s.op()) {
                case EQUALS, NOT, LT, LTE, GT, GTE:
                    // a null equals/not is IS [NOT] NULL: part of the shape
                    return value == null ? s : new Filter.ScalarFilter(s.field(), s.op(), slot(value), s.insensitive());
                case IN, NOT_IN:
                    List<?> list = (List<?>) value;
                    List<Object> slots = new ArrayList<>(list.size());
                    for (Object v : list) {
                        slots.add(slot(v));
                    }
                    return new Filter.ScalarFilter(s.field(), s.op(), slots, s.insensitive());
                default:
                    // LIKE patterns are built from the value
                    failed = true;
                    return s;
            }
        }

        private Slot slot(Object value) {
            values.add(value);
            return new Slot(values.size() - 1);
        }
    }
}
