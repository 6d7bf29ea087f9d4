package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.LevelPlan;
import dev.refract.client.internal.plan.ReadPlanner;
import dev.refract.client.internal.plan.ReadShape;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.sql.RenderedSql;
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
