package dev.refract.client.typed;

import dev.refract.client.RefractValidationException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one read as generated builders collect them (where, orderBy, cursor, take, skip,
 * include or select, omit, relation counts), turned into a {@link ReadQuery}. Mutable, used by one thread while a query is
 * being built.
 */
public final class ReadArgs {
    private final Model model;
    // collections made on first use: most reads set a where and little else
    private List<Filter> where = List.of();
    private List<OrderBy> orderBy = List.of();
    private Map<ScalarField, Object> cursor = Map.of();
    private Integer take;
    private Integer skip;
    private List<ScalarField> distinct = List.of();
    private boolean included;
    private boolean selected;
    private Set<ScalarField> scalars = Set.of();
    private Map<RelationField, ReadQuery> relations = Map.of();
    private RelationLoadStrategy relationLoadStrategy;
    private Set<ScalarField> omitted = Set.of();
    private Map<RelationField, Filter> counts = Map.of();

    public ReadArgs(Model model) {
        this.model = model;
    }

    public Model model() {
        return model;
    }

    public void where(Filter filter) {
        if (where.isEmpty()) {
            where = new ArrayList<>(2);
        }
        where.add(filter);
    }

    public void orderBy(List<OrderBy> keys) {
        if (orderBy.isEmpty()) {
            orderBy = new ArrayList<>(keys.size());
        }
        orderBy.addAll(keys);
    }

    public void cursor(Map<ScalarField, Object> values) {
        cursor = values;
    }

    public void take(int value) {
        take = value;
    }

    public void skip(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("skip must not be negative");
        }
        skip = value;
    }

    /** Prisma's {@code relationLoadStrategy} (top-level reads); unset lets the planner choose. */
    public void relationLoadStrategy(RelationLoadStrategy strategy) {
        relationLoadStrategy = strategy;
    }

    public void distinct(ScalarField field) {
        if (distinct.isEmpty()) {
            distinct = new ArrayList<>();
        }
        distinct.add(field);
    }

    /** Prisma's {@code include}: all scalar fields plus this relation, read with {@code query}. */
    public void include(RelationField relation, ReadQuery query) {
        mode(false);
        relations().put(relation, query);
    }

    /** Prisma's {@code select} of a scalar field. */
    public void select(ScalarField field) {
        mode(true);
        if (scalars.isEmpty()) {
            scalars = new LinkedHashSet<>();
        }
        scalars.add(field);
    }

    /** Prisma's {@code select} of a relation, read with {@code query}. */
    public void select(RelationField relation, ReadQuery query) {
        mode(true);
        relations().put(relation, query);
    }

    private Map<RelationField, ReadQuery> relations() {
        if (relations.isEmpty()) {
            relations = new LinkedHashMap<>();
        }
        return relations;
    }

    /** Prisma's {@code omit} of a scalar field: read every other one (not with select). */
    public void omit(ScalarField field) {
        if (selected) {
            throw omitAndSelect();
        }
        if (omitted.isEmpty()) {
            omitted = new LinkedHashSet<>();
        }
        omitted.add(field);
    }

    /**
     * Prisma's {@code _count} of a list relation's records matching {@code filter} ({@link Filter#ALL}
     * for all), inside select ({@code select} true) or include.
     */
    public void count(RelationField relation, Filter filter, boolean select) {
        mode(select);
        if (counts.isEmpty()) {
            counts = new LinkedHashMap<>();
        }
        counts.put(relation, filter);
    }

    /** The same P2009 the dynamic entry point raises for these arguments. */
    private RefractValidationException omitAndSelect() {
        return new RefractValidationException(model.name(), "select", "Please either use `omit` or `select`, but not both at the same time.");
    }

    private void mode(boolean select) {
        if (select ? included : selected) {
            throw new RefractValidationException(model.name(), "select",
                    "Please either use `include` or `select`, but not both at the same time.");
        }
        if (select && !omitted.isEmpty()) {
            throw omitAndSelect();
        }
        if (select) {
            selected = true;
        } else {
            included = true;
        }
    }

    public ReadQuery toQuery() {
        Filter filter = where.isEmpty() ? Filter.ALL : where.size() == 1 ? where.get(0) : new Filter.And(where);
        List<ScalarField> fields;
        if (selected) {
            // in the model's field order, as Prisma returns them
            fields = Selection.scalarsOf(model).scalars().stream().filter(scalars::contains).toList();
        } else {
            List<ScalarField> all = Selection.scalarsOf(model).scalars();
            fields = omitted.isEmpty() ? all : all.stream().filter(f -> !omitted.contains(f)).toList();
        }
        return new ReadQuery(model, filter, orderBy, cursor, take, skip, distinct,
                new Selection(fields, relations, counts), relationLoadStrategy);
    }
}
