package dev.refract.client.internal.plan;

import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prisma's {@code cursor}: the rows at or after the cursor record in the read's order (before it for
 * a negative take). Each sort key of the cursor record is read by a scalar subquery, so a cursor that
 * matches no record gives no rows, as in Prisma. Keys compare with SQL semantics: a null sort key
 * value does not take part in the comparison (a known limit).
 */
final class Cursors {
    private Cursors() {
    }

    static Expr condition(ReadQuery query, String t, Aliases aliases) {
        List<OrderBy> keys = ReadPlanner.effectiveOrder(query);
        List<Expr> any = new ArrayList<>();
        List<Expr> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            OrderBy key = keys.get(i);
            Expr column = Expr.column(t, key.field().databaseName());
            Expr cursorValue = cursorValue(query, key.field(), aliases);
            boolean last = i == keys.size() - 1;
            Expr.Op op = key.descending() ? (last ? Expr.Op.LE : Expr.Op.LT) : (last ? Expr.Op.GE : Expr.Op.GT);
            List<Expr> branch = new ArrayList<>(equalSoFar);
            branch.add(new Expr.Binary(column, op, cursorValue));
            any.add(Expr.and(branch));
            equalSoFar.add(Expr.eq(column, cursorValue));
        }
        return Expr.or(any);
    }

    private static Expr cursorValue(ReadQuery query, ScalarField field, Aliases aliases) {
        String c = aliases.next();
        List<Expr> match = new ArrayList<>();
        for (Map.Entry<ScalarField, Object> e : query.cursor().entrySet()) {
            match.add(Expr.eq(Expr.column(c, e.getKey().databaseName()), Expr.param(e.getValue())));
        }
        Select select = Select.from(RelationJoin.table(query.model()).as(c))
                .items(List.of(new Select.Item(Expr.column(c, field.databaseName()), null)))
                .where(Expr.and(match));
        return new Expr.SubSelect(select);
    }
}
