package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.LevelPlan;
import dev.refract.client.internal.plan.ReadPlanner;
import dev.refract.client.internal.plan.ReadShape;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.values.ArrayValue;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.ScalarField;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The top-level statements of reads, planned and rendered once per {@link ReadShape} and bound with
 * each read's values: a repeated read (by id, a page, a filter with other values) skips planning and
 * rendering; and the statements of related levels, per read, relation and number of parent keys,
 * bound with the parents' keys ({@link #child}). At most {@value #CAPACITY} of each are kept per client;
 * further ones are planned as they come.
 */
final class ReadStatements {
    static final int CAPACITY = 1024;

    private final Statements statements;
    private final ConcurrentHashMap<ReadShape.Key, Prepared> cache = new ConcurrentHashMap<>();

    ReadStatements(Statements statements) {
        this.statements = statements;
    }

    /** A statement to run: its plan (the row layout), the SQL with its values, and how to read each column. */
    record Bound(LevelPlan plan, RenderedSql sql, List<ScalarField> kinds, ReadExecutor.Layout layout) {
    }

    /**
     * A planned, rendered statement: parameter i takes value {@code slots[i]} of the read (the shape's
     * values, or the parents' keys), all of them as one array ({@link #ALL_VALUES}), or {@code constants[i]}.
     */
    private record Prepared(LevelPlan plan, String sql, int[] slots, Object[] constants, ScalarKind arrayKind,
            List<ScalarField> kinds, ReadExecutor.Layout layout) {
        RenderedSql bind(List<Object> values) {
            Object[] parameters = new Object[slots.length];
            for (int i = 0; i < slots.length; i++) {
                parameters[i] = slots[i] == ALL_VALUES ? new ArrayValue(arrayKind, null, values)
                        : slots[i] < 0 ? constants[i] : values.get(slots[i]);
            }
            return RenderedSql.of(sql, parameters);
        }
    }

    private static final int ALL_VALUES = -2;

    /** The top-level statement of {@code query} (read with the planner's "query" strategy, paged by the database). */
    Bound root(ReadQuery query) {
        ReadShape shape = ReadShape.of(query);
        if (shape == null) {
            LevelPlan plan = ReadPlanner.root(query);
            return new Bound(plan, statements.render(plan.select()), plan.kinds(), ReadExecutor.Layout.of(query, plan));
        }
        Prepared prepared = cache.get(shape.key());
        if (prepared == null) {
            ReadQuery template = shape.template();
            LevelPlan plan = ReadPlanner.root(template);
            prepared = prepare(plan, ReadExecutor.Layout.of(template, plan));
            if (cache.size() < CAPACITY) {
                cache.putIfAbsent(shape.key(), prepared);
            }
        }
        return new Bound(prepared.plan(), prepared.bind(java.util.Arrays.asList(shape.values())), prepared.kinds(), prepared.layout());
    }

    /** The number of shapes kept (tests). */
    int size() {
        return cache.size();
    }

    /** What a related level's statement depends on besides its parents' keys: its read, its relation, how many keys (-1: one array). */
    private record ChildKey(ReadQuery query, RelationField field, int keys) {
    }

    private final ConcurrentHashMap<ChildKey, Prepared> children = new ConcurrentHashMap<>();

    /**
     * The statement of a related level read after its parents ({@code ReadPlanner.child}), planned and
     * rendered once per read, relation and number of keys (any number, on databases that take the keys
     * as one array) and bound with the parents' keys. Reads with a cursor, and composite keys, are
     * planned as they come.
     */
    Bound child(ReadQuery query, RelationField field, List<Object> keys) {
        if (!query.cursor().isEmpty() || ReadPlanner.parentKey(field).size() > 1) {
            LevelPlan plan = ReadPlanner.child(query, field, keys);
            return new Bound(plan, statements.render(plan.select()), plan.kinds(), null);
        }
        boolean array = statements.dialect().supportsArrayParameters()
                && ReadPlanner.keysAsArray(ReadPlanner.parentKey(field), keys.size());
        ChildKey key = new ChildKey(query, field, array ? -1 : keys.size());
        Prepared prepared = children.get(key);
        if (prepared == null) {
            List<Object> slots = new java.util.ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                slots.add(new ReadShape.Slot(i));
            }
            prepared = prepare(ReadPlanner.child(query, field, slots), null);
            if (children.size() < CAPACITY) {
                children.putIfAbsent(key, prepared);
            }
        }
        return new Bound(prepared.plan(), prepared.bind(keys), prepared.kinds(), null);
    }

    /** Renders {@code plan}, whose values are {@link ReadShape.Slot}s, into a statement to bind. */
    private Prepared prepare(LevelPlan plan, ReadExecutor.Layout layout) {
        RenderedSql sql = statements.render(plan.select());
        List<Object> parameters = sql.parameters();
        int[] slots = new int[parameters.size()];
        Object[] constants = new Object[parameters.size()];
        ScalarKind arrayKind = null;
        for (int i = 0; i < slots.length; i++) {
            Object p = parameters.get(i);
            if (p instanceof ReadShape.Slot s) {
                slots[i] = s.index();
            } else if (p instanceof ArrayValue a && !a.items().isEmpty() && a.items().get(0) instanceof ReadShape.Slot) {
                slots[i] = ALL_VALUES;
                arrayKind = a.kind();
            } else {
                slots[i] = -1;
                constants[i] = p;
            }
        }
        return new Prepared(plan, sql.sql(), slots, constants, arrayKind,
                java.util.Collections.unmodifiableList(plan.kinds()), layout);
    }
}
