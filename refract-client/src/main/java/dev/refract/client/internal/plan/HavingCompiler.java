package dev.refract.client.internal.plan;

import dev.refract.client.query.Having;
import dev.refract.dialect.sql.Expr;
import java.util.ArrayList;
import java.util.List;

/** Turns a groupBy's {@link Having} into the HAVING condition on the grouped rows of one alias. */
final class HavingCompiler {
    private final Aliases aliases;

    HavingCompiler(Aliases aliases) {
        this.aliases = aliases;
    }

    Expr compile(Having having, String t) {
        if (having instanceof Having.And and) {
            return Expr.and(all(and.conditions(), t));
        }
        if (having instanceof Having.Or or) {
            return or.conditions().isEmpty() ? new Expr.Or(List.of()) : Expr.or(all(or.conditions(), t));
        }
        if (having instanceof Having.Not not) {
            List<Expr> negated = new ArrayList<>();
            for (Expr e : all(not.conditions(), t)) {
                negated.add(new Expr.Not(e));
            }
            return Expr.and(negated);
        }
        if (having instanceof Having.Grouped grouped) {
            return new FilterCompiler(aliases).compile(grouped.filter(), t);
        }
        Having.Aggregated a = (Having.Aggregated) having;
        Expr left = AggregatePlanner.call(a.aggregation(), Expr.column(t, a.aggregation().field().databaseName()));
        Object value = a.value();
        switch (a.op()) {
            case EQUALS:
                return value == null ? new Expr.IsNull(left, false) : new Expr.Binary(left, Expr.Op.EQ, Expr.param(value));
            case NOT:
                return value == null ? new Expr.IsNull(left, true) : new Expr.Binary(left, Expr.Op.NE, Expr.param(value));
            case IN:
            case NOT_IN:
                List<Expr> values = new ArrayList<>();
                for (Object v : (List<?>) value) {
                    values.add(Expr.param(v));
                }
                return new Expr.In(left, values, a.op() == dev.refract.client.query.ScalarOp.NOT_IN);
            case LT:
                return new Expr.Binary(left, Expr.Op.LT, Expr.param(value));
            case LTE:
                return new Expr.Binary(left, Expr.Op.LE, Expr.param(value));
            case GT:
                return new Expr.Binary(left, Expr.Op.GT, Expr.param(value));
            case GTE:
                return new Expr.Binary(left, Expr.Op.GE, Expr.param(value));
            default:
                throw new IllegalArgumentException("an aggregate is not compared with " + a.op());
        }
    }

    private List<Expr> all(List<Having> conditions, String t) {
        List<Expr> out = new ArrayList<>();
        for (Having h : conditions) {
            out.add(compile(h, t));
        }
        return out;
    }
}
