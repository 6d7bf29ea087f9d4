package dev.refract.client.internal.plan;

import dev.refract.client.query.Aggregation;
import dev.refract.client.query.OrderBy;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ORDER BY of one statement from {@link OrderBy} keys: own fields are columns; fields of records
 * reached through single relations are columns of {@code LEFT JOIN}s added to the statement (one
 * join per relation path, shared by the keys on it); relation counts are correlated
 * {@code COUNT(*)} subqueries (0 when there is no related record, as Prisma's
 * {@code COALESCE(count, 0)}); groupBy aggregates are the aggregate calls.
 */
public final class SortKeys {
    private final String table;
    private final Aliases aliases;
    private final Map<List<RelationField>, String> joined = new LinkedHashMap<>();
    private final List<Select.Join> joins = new ArrayList<>();
    private final List<Select.Order> orders = new ArrayList<>();
    private final List<OrderBy> keys = new ArrayList<>();

    private SortKeys(String table, Aliases aliases) {
        this.table = table;
        this.aliases = aliases;
    }

    /** The joins and ORDER BY items for {@code keys} on the rows of {@code table}. */
    public static SortKeys of(List<OrderBy> keys, String table, Aliases aliases) {
        SortKeys s = new SortKeys(table, aliases);
        for (OrderBy key : keys) {
            s.keys.add(key);
            s.orders.add(new Select.Order(s.expr(key), key.descending(), Select.NullsOrder.valueOf(key.nulls().name())));
        }
        return s;
    }

    public List<Select.Join> joins() {
        return List.copyOf(joins);
    }

    public List<Select.Order> orders() {
        return List.copyOf(orders);
    }

    /** The keys, in the order of {@link #orders()}. */
    List<OrderBy> keys() {
        return List.copyOf(keys);
    }

    /**
     * The columns that are null on a row without the record a relation-path key reads from (the
     * foreign key of the first relation, when this row holds it); empty for other keys.
     */
    List<Expr> missingRelated(int index) {
        OrderBy key = keys.get(index);
        if (key.path().isEmpty() || !key.path().get(0).isReferencing()) {
            return List.of();
        }
        List<Expr> out = new ArrayList<>();
        for (ScalarField f : key.path().get(0).fields()) {
            out.add(Expr.column(table, f.databaseName()));
        }
        return out;
    }

    /** {@code select} with the joins the keys need added. */
    public Select joinInto(Select select) {
        for (Select.Join j : joins) {
            select = select.join(j);
        }
        return select;
    }

    private Expr expr(OrderBy key) {
        if (key.aggregate() != null) {
            List<Expr> args = List.of(key.field() == null ? Expr.Keyword.STAR : Expr.column(table, key.field().databaseName()));
            return new Expr.Call(function(key.aggregate()), args, false);
        }
        String at = walk(key.path());
        if (key.countOf() != null) {
            String c = aliases.next();
            Select related = RelationJoin.correlated(key.countOf(), at, c, aliases);
            Expr n = new Expr.Call(Expr.Function.COUNT, List.of(Expr.Keyword.STAR), false);
            return new Expr.SubSelect(related.items(List.of(new Select.Item(n, null))));
        }
        return Expr.column(at, key.field().databaseName());
    }

    /** The alias of the record at the end of {@code path}, joining what is not joined yet. */
    private String walk(List<RelationField> path) {
        String at = table;
        for (int i = 0; i < path.size(); i++) {
            List<RelationField> prefix = List.copyOf(path.subList(0, i + 1));
            String existing = joined.get(prefix);
            if (existing != null) {
                at = existing;
                continue;
            }
            RelationField r = path.get(i);
            String a = aliases.next();
            List<ScalarField> near = r.isReferencing() ? r.fields() : r.opposite().references();
            List<ScalarField> far = r.isReferencing() ? r.references() : r.opposite().fields();
            List<Expr> on = new ArrayList<>();
            for (int k = 0; k < near.size(); k++) {
                on.add(Expr.eq(Expr.column(a, far.get(k).databaseName()), Expr.column(at, near.get(k).databaseName())));
            }
            joins.add(new Select.Join(Select.JoinKind.LEFT, RelationJoin.table(r.relatedModel()).as(a), Expr.and(on)));
            joined.put(prefix, a);
            at = a;
        }
        return at;
    }

    static Expr.Function function(Aggregation.Op op) {
        return switch (op) {
            case COUNT -> Expr.Function.COUNT;
            case SUM -> Expr.Function.SUM;
            case AVG -> Expr.Function.AVG;
            case MIN -> Expr.Function.MIN;
            case MAX -> Expr.Function.MAX;
        };
    }
}
