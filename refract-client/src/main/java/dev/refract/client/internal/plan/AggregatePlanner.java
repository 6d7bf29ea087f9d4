package dev.refract.client.internal.plan;

import dev.refract.client.query.AggregateQuery;
import dev.refract.client.query.Aggregation;
import dev.refract.client.query.GroupByQuery;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.Selection;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.TableRef;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans {@code aggregate} and {@code groupBy} as one statement each. An aggregate reads the rows as
 * the read would (where, order, cursor, page: the read's own plan) in a derived table and
 * aggregates over it, so take/skip/cursor aggregate the page, as in Prisma. A groupBy is
 * {@code SELECT by..., aggregates FROM t WHERE ... GROUP BY by... HAVING ... ORDER BY ... LIMIT/OFFSET}.
 */
public final class AggregatePlanner {
    private AggregatePlanner() {
    }

    public static AggregatePlan aggregate(AggregateQuery aggregate) {
        ReadQuery q = aggregate.query();
        Set<ScalarField> fields = new LinkedHashSet<>();
        for (Aggregation a : aggregate.aggregations()) {
            if (a.field() != null) {
                fields.add(a.field());
            }
        }
        if (fields.isEmpty()) {
            fields.add(q.model().primaryKey().map(pk -> pk.scalarFields().get(0)).orElse(q.model().scalarFields().get(0)));
        }
        ReadQuery rows = new ReadQuery(q.model(), q.where(), q.orderBy(), q.cursor(), q.take(), q.skip(), List.of(),
                new Selection(List.copyOf(fields), Map.of(), Map.of()));
        LevelPlan plan = ReadPlanner.root(rows);
        List<Select.Item> items = new ArrayList<>();
        List<ScalarKind> kinds = new ArrayList<>();
        for (Aggregation a : aggregate.aggregations()) {
            Expr column = a.field() == null ? null : Expr.column("d", "c" + plan.position(a.field()));
            items.add(new Select.Item(call(a, column), null));
            kinds.add(resultKind(a));
        }
        return new AggregatePlan(Select.from(TableRef.derived(plan.select(), "d")).items(items), kinds, false);
    }

    public static AggregatePlan groupBy(GroupByQuery query) {
        Aliases aliases = new Aliases();
        String t = aliases.next();
        List<Select.Item> items = new ArrayList<>();
        List<ScalarKind> kinds = new ArrayList<>();
        List<Expr> groups = new ArrayList<>();
        for (ScalarField f : query.by()) {
            Expr column = Expr.column(t, f.databaseName());
            groups.add(column);
            items.add(new Select.Item(column, "c" + items.size()));
            kinds.add(kindOf(f));
        }
        for (Aggregation a : query.aggregations()) {
            Expr column = a.field() == null ? null : Expr.column(t, a.field().databaseName());
            items.add(new Select.Item(call(a, column), "c" + items.size()));
            kinds.add(resultKind(a));
        }
        boolean reversed = query.take() != null && query.take() < 0;
        List<OrderBy> keys = new ArrayList<>();
        for (OrderBy o : query.orderBy()) {
            keys.add(reversed ? o.reversed() : o);
        }
        SortKeys sorting = SortKeys.of(keys, t, aliases);
        Select select = Select.from(RelationJoin.table(query.model()).as(t)).items(items).groupBy(groups)
                .orderBy(sorting.orders());
        if (!FilterCompiler.isAll(query.where())) {
            select = select.where(new FilterCompiler(aliases).compile(query.where(), t));
        }
        if (!(query.having() instanceof dev.refract.client.query.Having.And and && and.conditions().isEmpty())) {
            select = select.having(new HavingCompiler(aliases).compile(query.having(), t));
        }
        if (query.take() != null) {
            select = select.limit((long) Math.abs(query.take()));
        }
        if (query.skip() != null && query.skip() > 0) {
            select = select.offset((long) query.skip());
        }
        return new AggregatePlan(select, kinds, reversed);
    }

    /** The SQL call of an aggregate on {@code column} ({@code COUNT(*)} for a count of records). */
    static Expr call(Aggregation a, Expr column) {
        List<Expr> args = List.of(a.field() == null ? Expr.Keyword.STAR : column);
        return new Expr.Call(SortKeys.function(a.op()), args, false);
    }

    /**
     * How Prisma types an aggregate: counts are Int; sums keep the field's type (Int, BigInt, Float,
     * Decimal); averages are Float, of a Decimal Decimal; min and max keep the field's type.
     */
    static ScalarKind resultKind(Aggregation a) {
        if (a.op() == Aggregation.Op.COUNT) {
            return ScalarKind.INT;
        }
        ScalarKind kind = kindOf(a.field());
        if (a.op() == Aggregation.Op.AVG) {
            return kind == ScalarKind.DECIMAL ? ScalarKind.DECIMAL : ScalarKind.FLOAT;
        }
        return kind;
    }

    private static ScalarKind kindOf(ScalarField f) {
        return f.type() instanceof FieldType.Scalar s ? s.kind() : null;
    }
}
