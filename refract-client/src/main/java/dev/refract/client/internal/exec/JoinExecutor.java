package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.JoinPlan;
import dev.refract.client.internal.plan.JoinPlanner;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.values.JdbcValues;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Executes a read with the "join" strategy: one statement ({@link JoinPlanner}) whatever the depth
 * of its includes, decoded by {@link JsonRowDecoder} into the records the query-per-level strategy
 * returns.
 */
final class JoinExecutor {
    private final Statements statements;
    private final JsonRowDecoder decoder;

    JoinExecutor(Statements statements) {
        this.statements = statements;
        this.decoder = new JsonRowDecoder(statements.dialect().values());
    }

    List<Map<String, Object>> findMany(Connection connection, ReadQuery query) {
        JoinPlan plan = JoinPlanner.plan(query, statements.dialect());
        JoinPlan.Shape shape = plan.shape();
        List<ScalarField> scalars = shape.scalars();
        int relations = shape.relations().size();
        JdbcValues values = statements.dialect().values();
        // scalars as their fields read (lists, Json parsed), relations as JSON text, counts as Int
        List<Object[]> rows = statements.run(connection, statements.render(plan.select()), shape.width(), (rs, i) ->
                i < scalars.size() ? statements.read(rs, i + 1, scalars.get(i))
                        : values.read(rs, i + 1, i < scalars.size() + relations ? ScalarKind.JSON : ScalarKind.INT));
        if (plan.reversed()) {
            Collections.reverse(rows);
        }
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(decoder.topLevel(row, shape));
        }
        return records;
    }
}
