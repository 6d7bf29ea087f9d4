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
 * value does not take part in the comparison (a known limit). Keys on related records and relation
 * counts compare the same expressions as the ORDER BY (joins, counts); as Prisma, rows without the
 * related record of a path key also pass, and the executor drops those before the cursor record.
 */
final class Cursors {
    private Cursors() {
    }

    static Expr condition(ReadQuery query, String t, Aliases aliases, SortKeys sorting) {
        List<OrderBy> keys = sorting.keys();
        List<Select.Order> orders = sorting.orders();
        // a cursor on relation orders is finished in memory (rows before the cursor record dropped), so,
        // as Prisma, rows whose key is null or lacks the related record are let through here
        boolean lenient = ReadPlanner.cursorOnRelations(query);
        List<Expr> any = new ArrayList<>();
        List<Expr> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            OrderBy key = keys.get(i);
            Expr value = orders.get(i).expr();
            Expr cursorValue = cursorValue(query, key, aliases);
            boolean last = i == keys.size() - 1;
            boolean nullable = lenient && key.countOf() == null && key.field().isOptional();
            Expr.Op op = key.descending() ? (last ? Expr.Op.LE : Expr.Op.LT) : (last ? Expr.Op.GE : Expr.Op.GT);
            List<Expr> branch = new ArrayList<>(equalSoFar);
            List<Expr> compared = new ArrayList<>();
            compared.add(new Expr.Binary(value, op, cursorValue));
            if (nullable) {
                compared.add(new Expr.IsNull(value, false));
                compared.add(new Expr.IsNull(cursorValue, false));
            }
            if (lenient) {
                for (Expr m : sorting.missingRelated(i)) {
                    compared.add(new Expr.IsNull(m, false));
                }
            }
            branch.add(Expr.or(compared));
            any.add(Expr.and(branch));
            Expr equal = Expr.eq(value, cursorValue);
            equalSoFar.add(nullable ? Expr.or(List.of(equal, new Expr.IsNull(cursorValue, false), new Expr.IsNull(value, false))) : equal);
        }
        return Expr.or(any);
    }

    /** The cursor record's value of a sort key, by a scalar subquery (with the key's own joins). */
    private static Expr cursorValue(ReadQuery query, OrderBy key, Aliases aliases) {
        String c = aliases.next();
        List<Expr> match = new ArrayList<>();
        for (Map.Entry<ScalarField, Object> e : query.cursor().entrySet()) {
            match.add(Expr.eq(Expr.column(c, e.getKey().databaseName()), Expr.param(e.getValue())));
        }
        SortKeys own = SortKeys.of(List.of(key), c, aliases);
        Select select = own.joinInto(Select.from(RelationJoin.table(query.model()).as(c)))
                .items(List.of(new Select.Item(own.orders().get(0).expr(), null)))
                .where(Expr.and(match));
        return new Expr.SubSelect(select);
    }
}
