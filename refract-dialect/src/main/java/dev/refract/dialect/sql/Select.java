package dev.refract.dialect.sql;

import java.util.List;

/**
 * {@code SELECT [DISTINCT] items FROM table [joins] [WHERE] [GROUP BY] [HAVING] [ORDER BY]
 * [LIMIT] [OFFSET]}. Build with {@link #from(TableRef)} and the {@code with...} methods.
 */
public record Select(boolean distinct, List<Item> items, TableRef from, List<Join> joins, Expr where,
        List<Expr> groupBy, Expr having, List<Order> orderBy, Long limit, Long offset) {

    public Select {
        items = List.copyOf(items);
        joins = List.copyOf(joins);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }

    /** A selected expression with an optional alias. */
    public record Item(Expr expr, String alias) {
    }

    /** {@code LEFT_LATERAL}: {@code LEFT JOIN LATERAL}, only where {@link SqlSyntax#supportsLateralJoin()}. */
    public enum JoinKind { INNER, LEFT, LEFT_LATERAL }

    public record Join(JoinKind kind, TableRef table, Expr on) {
    }

    public enum NullsOrder { DEFAULT, FIRST, LAST }

    public record Order(Expr expr, boolean descending, NullsOrder nulls) {
        public static Order asc(Expr e) {
            return new Order(e, false, NullsOrder.DEFAULT);
        }

        public static Order desc(Expr e) {
            return new Order(e, true, NullsOrder.DEFAULT);
        }
    }

    public static Select from(TableRef table) {
        return new Select(false, List.of(), table, List.of(), null, List.of(), null, List.of(), null, null);
    }

    public Select items(List<Item> newItems) {
        return new Select(distinct, newItems, from, joins, where, groupBy, having, orderBy, limit, offset);
    }

    public Select columns(String tableAlias, List<String> names) {
        return items(names.stream().map(n -> new Item(Expr.column(tableAlias, n), null)).toList());
    }

    public Select distinct(boolean value) {
        return new Select(value, items, from, joins, where, groupBy, having, orderBy, limit, offset);
    }

    public Select join(Join join) {
        List<Join> all = new java.util.ArrayList<>(joins);
        all.add(join);
        return new Select(distinct, items, from, all, where, groupBy, having, orderBy, limit, offset);
    }

    public Select where(Expr condition) {
        return new Select(distinct, items, from, joins, condition, groupBy, having, orderBy, limit, offset);
    }

    public Select groupBy(List<Expr> exprs) {
        return new Select(distinct, items, from, joins, where, exprs, having, orderBy, limit, offset);
    }

    public Select having(Expr condition) {
        return new Select(distinct, items, from, joins, where, groupBy, condition, orderBy, limit, offset);
    }

    public Select orderBy(List<Order> orders) {
        return new Select(distinct, items, from, joins, where, groupBy, having, orders, limit, offset);
    }

    public Select limit(Long value) {
        return new Select(distinct, items, from, joins, where, groupBy, having, orderBy, value, offset);
    }

    public Select offset(Long value) {
        return new Select(distinct, items, from, joins, where, groupBy, having, orderBy, limit, value);
    }
}
