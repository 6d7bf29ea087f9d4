package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.JoinPlan;
import dev.refract.client.internal.plan.JoinPlanner;
import dev.refract.client.query.ReadQuery;
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
        List<Object[]> rows = statements.query(connection, plan.select(), kinds(plan.shape()));
        if (plan.reversed()) {
            Collections.reverse(rows);
        }
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(decoder.topLevel(row, plan.shape()));
        }
        return records;
    }

    /** Scalars as their types, relations as JSON text, counts as Int. */
    private static ScalarKind[] kinds(JoinPlan.Shape shape) {
        ScalarKind[] kinds = new ScalarKind[shape.width()];
        int i = 0;
        for (ScalarField f : shape.scalars()) {
            kinds[i++] = Statements.kindOf(f);
        }
        for (int r = 0; r < shape.relations().size(); r++) {
            kinds[i++] = ScalarKind.JSON;
        }
        for (int c = 0; c < shape.counts().size(); c++) {
            kinds[i++] = ScalarKind.INT;
        }
        return kinds;
    }
}
