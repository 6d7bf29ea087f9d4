package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.AggregatePlan;
import dev.refract.client.internal.plan.AggregatePlanner;
import dev.refract.client.internal.plan.GroupByRules;
import dev.refract.client.query.AggregateQuery;
import dev.refract.client.query.Aggregation;
import dev.refract.client.query.GroupByQuery;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code aggregate} and {@code groupBy} (one statement each) and shapes the rows as Prisma's
 * results: {@code {_count: {_all: 3}, _avg: {views: 2.5}}}, per group the aggregates then the
 * by-fields; keys in the order the query asked for them.
 */
public final class AggregateExecutor {
    private final Statements statements;

    public AggregateExecutor(Statements statements) {
        this.statements = statements;
    }

    public Map<String, Object> aggregate(Connection connection, AggregateQuery query) {
        AggregatePlan plan = AggregatePlanner.aggregate(query);
        Object[] row = statements.queryAs(connection, plan.select(), plan.kinds()).get(0);
        Map<String, Object> result = new LinkedHashMap<>();
        put(result, query.aggregations(), query.countNumber(), row, 0);
        return result;
    }

    public List<Map<String, Object>> groupBy(Connection connection, GroupByQuery groupBy) {
        GroupByQuery query = GroupByRules.check(groupBy);
        AggregatePlan plan = AggregatePlanner.groupBy(query);
        List<Object[]> rows = statements.queryAs(connection, plan.select(), plan.kinds());
        if (plan.reversed()) {
            Collections.reverse(rows);
        }
        List<Map<String, Object>> groups = new ArrayList<>(rows.size());
        int by = query.by().size();
        for (Object[] row : rows) {
            Map<String, Object> group = new LinkedHashMap<>();
            put(group, query.aggregations(), query.countNumber(), row, by);
            for (int i = 0; i < by; i++) {
                ScalarField f = query.by().get(i);
                group.put(f.name(), row[i]);
            }
            groups.add(group);
        }
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> out, List<Aggregation> aggregations, boolean countNumber, Object[] row, int start) {
        for (int i = 0; i < aggregations.size(); i++) {
            Aggregation a = aggregations.get(i);
            Object value = row[start + i];
            if (a.op() == Aggregation.Op.COUNT && value == null) {
                value = 0;
            }
            if (countNumber && a.op() == Aggregation.Op.COUNT && a.field() == null) {
                out.put("_count", value);
                continue;
            }
            ((Map<String, Object>) out.computeIfAbsent(a.op().key(), k -> new LinkedHashMap<String, Object>())).put(a.fieldKey(), value);
        }
    }
}
