package dev.refract.client.internal.plan;

import dev.refract.client.query.Filter;
import dev.refract.client.query.RelationCondition;
import dev.refract.client.query.ScalarOp;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Filter} on the rows of one table alias into a SQL condition. Relation filters become
 * {@code EXISTS} subqueries in the same statement. {@code mode: insensitive} compares lower-cased
 * values ({@code ILIKE} for patterns and equality where the database has it); pattern values are
 * not escaped, as in Prisma (a backslash escapes {@code %} and {@code _}).
 * Scalar lists ({@link ListFilters}) and Json ({@link JsonFilters}) have their own compilers.
 */
public final class FilterCompiler {
    private final Aliases aliases;

    public FilterCompiler(Aliases aliases) {
        this.aliases = aliases;
    }

    public Expr compile(Filter filter, String alias) {
        if (filter instanceof Filter.And and) {
            return Expr.and(compileAll(and.filters(), alias));
        }
        if (filter instanceof Filter.Or or) {
            return or.filters().isEmpty() ? new Expr.Or(List.of()) : Expr.or(compileAll(or.filters(), alias));
        }
        if (filter instanceof Filter.Not not) {
            List<Expr> negated = new ArrayList<>();
            for (Expr e : compileAll(not.filters(), alias)) {
                negated.add(new Expr.Not(e));
            }
            return Expr.and(negated);
        }
        if (filter instanceof Filter.ScalarFilter scalar) {
            return scalar.field().isList() ? ListFilters.compile(scalar, alias) : scalar(scalar, alias);
        }
        if (filter instanceof Filter.JsonFilter json) {
            return JsonFilters.compile(json, alias);
        }
        return relation((Filter.RelationFilter) filter, alias);
    }

    /** True when the filter keeps every row (no WHERE needed). */
    public static boolean isAll(Filter filter) {
        return filter instanceof Filter.And and && and.filters().isEmpty();
    }

    private List<Expr> compileAll(List<Filter> filters, String alias) {
        List<Expr> out = new ArrayList<>(filters.size());
        for (Filter f : filters) {
            out.add(compile(f, alias));
        }
        return out;
    }

    private Expr scalar(Filter.ScalarFilter f, String alias) {
        Expr column = Expr.column(alias, f.field().databaseName());
        Object value = f.value();
        boolean fold = f.insensitive();
        Expr left = fold ? lower(column) : column;
        switch (f.op()) {
            case EQUALS:
                if (value == null) {
                    return new Expr.IsNull(column, false);
                }
                // insensitive equality is ILIKE with the value, as Prisma writes it (so % and _ match as in LIKE)
                return fold ? new Expr.Binary(column, Expr.Op.ILIKE, Expr.param(value)) : new Expr.Binary(column, Expr.Op.EQ, Expr.param(value));
            case NOT:
                if (value == null) {
                    return new Expr.IsNull(column, true);
                }
                return fold ? new Expr.Not(new Expr.Binary(column, Expr.Op.ILIKE, Expr.param(value)))
                        : new Expr.Binary(column, Expr.Op.NE, Expr.param(value));
            case IN:
            case NOT_IN:
                List<Expr> values = new ArrayList<>();
                for (Object v : (List<?>) value) {
                    values.add(param(v, fold));
                }
                return new Expr.In(left, values, f.op() == ScalarOp.NOT_IN);
            case LT:
                return new Expr.Binary(left, Expr.Op.LT, param(value, fold));
            case LTE:
                return new Expr.Binary(left, Expr.Op.LE, param(value, fold));
            case GT:
                return new Expr.Binary(left, Expr.Op.GT, param(value, fold));
            case GTE:
                return new Expr.Binary(left, Expr.Op.GE, param(value, fold));
            default:
                return new Expr.Binary(column, fold ? Expr.Op.ILIKE : Expr.Op.LIKE, pattern(f.op(), (String) value));
        }
    }

    private static Expr lower(Expr e) {
        return new Expr.Call(Expr.Function.LOWER, List.of(e), false);
    }

    private static Expr param(Object value, boolean fold) {
        return fold ? lower(Expr.param(value)) : Expr.param(value);
    }

    /**
     * The LIKE pattern of contains/startsWith/endsWith. The value is not escaped, as in Prisma: {@code %}
     * and {@code _} in it are wildcards, and a backslash escapes them (Prisma's documented way).
     */
    static Expr pattern(ScalarOp op, String text) {
        return Expr.param(switch (op) {
            case CONTAINS, STRING_CONTAINS -> "%" + text + "%";
            case STARTS_WITH, STRING_STARTS_WITH -> text + "%";
            default -> "%" + text;
        });
    }

    private Expr relation(Filter.RelationFilter f, String alias) {
        String child = aliases.next();
        Select related = RelationJoin.correlated(f.field(), alias, child, aliases)
                .items(List.of(new Select.Item(Expr.Keyword.STAR, null)));
        RelationCondition condition = f.condition();
        Filter inner = f.filter();
        if (inner == null || isAll(inner)) {
            // is: null / isNot: null, or a condition without a filter: a test of existence
            boolean exists = switch (condition) {
                case SOME, IS -> inner != null;
                case IS_NOT -> inner == null;
                case NONE -> false;
                case EVERY -> true;
            };
            if (condition == RelationCondition.EVERY) {
                return Expr.and(List.of());
            }
            return new Expr.Exists(related, !exists);
        }
        Expr matched = compile(inner, child);
        return switch (condition) {
            case SOME, IS -> new Expr.Exists(related.where(Expr.and(List.of(related.where(), matched))), false);
            case NONE, IS_NOT -> new Expr.Exists(related.where(Expr.and(List.of(related.where(), matched))), true);
            case EVERY -> new Expr.Exists(related.where(Expr.and(List.of(related.where(), new Expr.Not(matched)))), true);
        };
    }
}
