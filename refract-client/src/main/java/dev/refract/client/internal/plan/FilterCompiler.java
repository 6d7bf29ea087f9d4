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
 * values ({@code ILIKE} for patterns where the database has it); patterns escape {@code % _ \}.
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
                return value == null ? new Expr.IsNull(column, false) : new Expr.Binary(left, Expr.Op.EQ, param(value, fold));
            case NOT:
                return value == null ? new Expr.IsNull(column, true) : new Expr.Binary(left, Expr.Op.NE, param(value, fold));
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
                String text = escapeLike((String) value);
                String pattern = switch (f.op()) {
                    case CONTAINS -> "%" + text + "%";
                    case STARTS_WITH -> text + "%";
                    default -> "%" + text;
                };
                return new Expr.Binary(column, fold ? Expr.Op.ILIKE : Expr.Op.LIKE, Expr.param(pattern));
        }
    }

    private static Expr lower(Expr e) {
        return new Expr.Call(Expr.Function.LOWER, List.of(e), false);
    }

    private static Expr param(Object value, boolean fold) {
        return fold ? lower(Expr.param(value)) : Expr.param(value);
    }

    static Expr pattern(ScalarOp op, String value) {
        String text = escapeLike(value);
        return Expr.param(switch (op) {
            case CONTAINS, STRING_CONTAINS -> "%" + text + "%";
            case STARTS_WITH, STRING_STARTS_WITH -> text + "%";
            default -> "%" + text;
        });
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
