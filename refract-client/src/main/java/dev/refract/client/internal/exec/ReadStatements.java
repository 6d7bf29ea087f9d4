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
 * rendering. At most {@value #CAPACITY} shapes are kept per client; reads of further shapes are planned
 * as they come.
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

    /** The rendered statement of a shape: parameter i takes value {@code slots[i]} of the read, or {@code constants[i]}. */
    private record Prepared(LevelPlan plan, String sql, int[] slots, Object[] constants, List<ScalarField> kinds,
            ReadExecutor.Layout layout) {
        RenderedSql bind(Object[] values) {
            Object[] parameters = new Object[slots.length];
            for (int i = 0; i < slots.length; i++) {
                parameters[i] = slots[i] < 0 ? constants[i] : values[slots[i]];
            }
            return RenderedSql.of(sql, parameters);
        }
    }

    /** The top-level statement of {@code query} (read with the planner's "query" strategy, paged by the database). */
    Bound root(ReadQuery query) {
        ReadShape shape = ReadShape.of(query);
        if (shape == null) {
            LevelPlan plan = ReadPlanner.root(query);
            return new Bound(plan, statements.render(plan.select()), ReadExecutor.kinds(plan), ReadExecutor.Layout.of(query, plan));
        }
        Prepared prepared = cache.get(shape.key());
        if (prepared == null) {
            prepared = prepare(shape.template());
            if (cache.size() < CAPACITY) {
                cache.putIfAbsent(shape.key(), prepared);
            }
        }
        return new Bound(prepared.plan(), prepared.bind(shape.values()), prepared.kinds(), prepared.layout());
    }

    /** The number of shapes kept (tests). */
    int size() {
        return cache.size();
    }

    /** What a related level's statement depends on besides its parents' keys: its read, its relation, how many keys (-1: one array). */
    private record ChildKey(ReadQuery query, RelationField field, int keys) {
    }

    /** A related level's statement, parameter i the parents' key {@code slots[i]}, all of them as one array ({@link #ALL_KEYS}), or {@code constants[i]}. */
    private record PreparedChild(LevelPlan plan, String sql, int[] slots, Object[] constants, ScalarKind arrayKind,
            List<ScalarField> kinds) {
        RenderedSql bind(List<Object> keys) {
            Object[] parameters = new Object[slots.length];
            for (int i = 0; i < slots.length; i++) {
                parameters[i] = slots[i] == ALL_KEYS ? new ArrayValue(arrayKind, null, keys)
                        : slots[i] < 0 ? constants[i] : keys.get(slots[i]);
            }
            return RenderedSql.of(sql, parameters);
        }
    }

    private static final int ALL_KEYS = -2;
    private final ConcurrentHashMap<ChildKey, PreparedChild> children = new ConcurrentHashMap<>();

    /**
     * The statement of a related level read after its parents ({@code ReadPlanner.child}), planned and
     * rendered once per read, relation and number of keys (any number, on databases that take the keys
     * as one array) and bound with the parents' keys. Reads with a cursor, and composite keys, are
     * planned as they come.
     */
    Bound child(ReadQuery query, RelationField field, List<Object> keys) {
        if (!query.cursor().isEmpty() || ReadPlanner.parentKey(field).size() > 1) {
            LevelPlan plan = ReadPlanner.child(query, field, keys);
            return new Bound(plan, statements.render(plan.select()), ReadExecutor.kinds(plan), null);
        }
        boolean array = statements.dialect().supportsArrayParameters()
                && ReadPlanner.keysAsArray(ReadPlanner.parentKey(field), keys.size());
        ChildKey key = new ChildKey(query, field, array ? -1 : keys.size());
        PreparedChild prepared = children.get(key);
        if (prepared == null) {
            prepared = prepareChild(query, field, keys.size());
            if (children.size() < CAPACITY) {
                children.putIfAbsent(key, prepared);
            }
        }
        return new Bound(prepared.plan(), prepared.bind(keys), prepared.kinds(), null);
    }

    private PreparedChild prepareChild(ReadQuery query, RelationField field, int count) {
        List<Object> slotKeys = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            slotKeys.add(new ReadShape.Slot(i));
        }
        LevelPlan plan = ReadPlanner.child(query, field, slotKeys);
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
                slots[i] = ALL_KEYS;
                arrayKind = a.kind();
            } else {
                slots[i] = -1;
                constants[i] = p;
            }
        }
        return new PreparedChild(plan, sql.sql(), slots, constants, arrayKind,
                java.util.Collections.unmodifiableList(ReadExecutor.kinds(plan)));
    }

    private Prepared prepare(ReadQuery template) {
        LevelPlan plan = ReadPlanner.root(template);
        RenderedSql sql = statements.render(plan.select());
        List<Object> parameters = sql.parameters();
        int[] slots = new int[parameters.size()];
        Object[] constants = new Object[parameters.size()];
        for (int i = 0; i < slots.length; i++) {
            Object p = parameters.get(i);
            if (p instanceof ReadShape.Slot s) {
                slots[i] = s.index();
            } else {
                slots[i] = -1;
                constants[i] = p;
            }
        }
        return new Prepared(plan, sql.sql(), slots, constants, java.util.Collections.unmodifiableList(ReadExecutor.kinds(plan)),
                ReadExecutor.Layout.of(template, plan));
    }
}
