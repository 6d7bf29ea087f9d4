package dev.refract.client.internal.plan;

import dev.refract.client.query.Filter;
import dev.refract.dialect.sql.Expr;

/**
 * Filters on scalar lists (SQL arrays), as Prisma writes them; the values are
 * {@link dev.refract.dialect.values.ArrayValue}s typed by the front door: {@code has} is containment
 * of a one-element array ({@code has: null} matches nothing), {@code hasEvery}/{@code hasSome}
 * containment and overlap, {@code equals} (and {@code isEmpty}, an equality with an empty array)
 * compare whole arrays, {@code equals: null} is {@code IS NULL}. A NULL column matches none of them
 * except {@code equals: null} (it reads as an empty list).
 */
final class ListFilters {
    private ListFilters() {
    }

    static Expr compile(Filter.ScalarFilter f, String alias) {
        Expr column = Expr.column(alias, f.field().databaseName());
        Object value = f.value();
        return switch (f.op()) {
            case HAS, HAS_EVERY -> new Expr.ArrayBinary(column, Expr.ArrayOp.CONTAINS, Expr.param(value));
            case HAS_SOME -> new Expr.ArrayBinary(column, Expr.ArrayOp.OVERLAPS, Expr.param(value));
            case EQUALS -> value == null ? new Expr.IsNull(column, false) : new Expr.Binary(column, Expr.Op.EQ, Expr.param(value));
            case NOT -> value == null ? new Expr.IsNull(column, true) : new Expr.Binary(column, Expr.Op.NE, Expr.param(value));
            default -> throw new IllegalArgumentException(f.op() + " does not apply to the list field " + f.field().name());
        };
    }
}
