package dev.refract.client.internal.plan;

import dev.refract.client.query.Filter;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.SqlSyntax;
import dev.refract.dialect.sql.TableRef;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans a {@link ReadQuery} with its includes as one SELECT (the "join" strategy, as Prisma's
 * relationJoins): each included relation becomes a JSON array of the related rows (each row itself a
 * JSON array: scalars, nested relations, counts), aggregated in the relation's order by
 * {@link Expr.JsonArrayAgg}; to-one relations are a single row or NULL. Where the database has
 * {@code LATERAL} the aggregate is a {@code LEFT JOIN LATERAL (...) ON TRUE}, elsewhere a correlated
 * scalar subquery. Nested take/skip page inside a derived table correlated with the parent, which
 * needs {@link SqlSyntax#supportsCorrelatedDerivedTables()}; {@link #supports} says whether a read
 * can be planned so.
 */
public final class JoinPlanner {
    private final SqlSyntax syntax;
    private final Aliases aliases = new Aliases();

    private JoinPlanner(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    /** Whether this database can load every include of {@code query} in one statement. */
    public static boolean supports(ReadQuery query, SqlSyntax syntax) {
        if (!syntax.supportsJsonAggregation() || query.orderBy().stream().anyMatch(o -> !o.isOwnField())
                || !query.distinct().isEmpty() || ReadPlanner.cursorOnRelations(query)) {
            // ordering by related records' fields or counts, distinct and relation cursors (paged in
            // memory) are the query-per-level planner's
            return false;
        }
        for (Map.Entry<RelationField, ReadQuery> include : query.selection().relations().entrySet()) {
            ReadQuery child = include.getValue();
            if (child.selection().scalars().stream().anyMatch(ScalarField::isList)) {
                // scalar lists inside JSON would need per-element decoding: read by the query-per-level planner
                return false;
            }
            if (paged(include.getKey(), child) && !syntax.supportsCorrelatedDerivedTables()) {
                return false;
            }
            if (!supports(child, syntax)) {
                return false;
            }
        }
        return true;
    }

    public static JoinPlan plan(ReadQuery query, SqlSyntax syntax) {
        return new JoinPlanner(syntax).root(query);
    }

    private JoinPlan root(ReadQuery query) {
        String t = aliases.next();
        List<Select.Join> joins = new ArrayList<>();
        List<Select.Item> items = new ArrayList<>();
        JoinPlan.Shape shape = level(query, t, joins, items, false);
        boolean reversed = query.take() != null && query.take() < 0;
        Select select = Select.from(RelationJoin.table(query.model()).as(t));
        for (Select.Join j : joins) {
            select = select.join(j);
        }
        select = select.items(items).where(ReadPlanner.where(query, t, aliases, null, ReadPlanner.orders(query, t, aliases, reversed)))
                .orderBy(ReadPlanner.orders(query, t, aliases, reversed).orders());
        if (query.take() != null) {
            select = select.limit((long) Math.abs(query.take()));
        }
        if (query.skip() != null && query.skip() > 0) {
            select = select.offset((long) query.skip());
        }
        return new JoinPlan(select, shape, reversed);
    }

    /**
     * The values of one level's row (as columns at the top, as JSON values below), adding the lateral
     * joins its relations need to {@code joins}.
     */
    private JoinPlan.Shape level(ReadQuery query, String t, List<Select.Join> joins, List<Select.Item> items, boolean json) {
        List<ScalarField> scalars = query.selection().scalars();
        for (ScalarField f : scalars) {
            Expr column = Expr.column(t, f.databaseName());
            items.add(new Select.Item(json ? jsonScalar(f, column) : column, "c" + items.size()));
        }
        List<RelationField> relations = new ArrayList<>();
        List<JoinPlan.Shape> children = new ArrayList<>();
        for (Map.Entry<RelationField, ReadQuery> include : query.selection().relations().entrySet()) {
            relations.add(include.getKey());
            Related related = relation(include.getKey(), include.getValue(), t, joins);
            items.add(new Select.Item(related.json(), "c" + items.size()));
            children.add(related.shape());
        }
        List<RelationField> counts = new ArrayList<>();
        FilterCompiler filters = new FilterCompiler(aliases);
        for (Map.Entry<RelationField, Filter> count : query.selection().counts().entrySet()) {
            counts.add(count.getKey());
            String c = aliases.next();
            Select related = RelationJoin.correlated(count.getKey(), t, c, aliases);
            if (!FilterCompiler.isAll(count.getValue())) {
                related = related.where(Expr.and(List.of(related.where(), filters.compile(count.getValue(), c))));
            }
            Expr n = new Expr.Call(Expr.Function.COUNT, List.of(Expr.Keyword.STAR), false);
            items.add(new Select.Item(new Expr.SubSelect(related.items(List.of(new Select.Item(n, null)))), "c" + items.size()));
        }
        return new JoinPlan.Shape(scalars, relations, children, counts);
    }

    /** An included relation: the expression of its JSON and the layout of its rows. */
    private record Related(Expr json, JoinPlan.Shape shape) {
    }

    /** The JSON of the records related to the row {@code parent} through {@code field}. */
    private Related relation(RelationField field, ReadQuery query, String parent, List<Select.Join> parentJoins) {
        String c = aliases.next();
        Select base = RelationJoin.correlated(field, parent, c, aliases);
        Expr where = ReadPlanner.where(query, c, aliases, base.where(), ReadPlanner.orders(query, c, aliases, false));
        List<Select.Join> joins = new ArrayList<>();
        List<Select.Item> values = new ArrayList<>();
        JoinPlan.Shape shape = level(query, c, joins, values, true);
        Expr row = new Expr.JsonArray(values.stream().map(Select.Item::expr).toList());
        Select from = base;
        for (Select.Join j : joins) {
            from = from.join(j);
        }
        Select sub;
        if (!field.isList()) {
            sub = from.items(List.of(new Select.Item(row, "d"))).where(where).limit(1L);
        } else if (!paged(field, query)) {
            Expr agg = new Expr.JsonArrayAgg(row, ReadPlanner.resultOrder(query, c, aliases).orders());
            sub = from.items(List.of(new Select.Item(agg, "d"))).where(where);
        } else {
            boolean reversed = query.take() != null && query.take() < 0;
            List<Select.Order> inOrder = ReadPlanner.resultOrder(query, c, aliases).orders();
            List<Select.Item> items = new ArrayList<>();
            items.add(new Select.Item(row, "j"));
            for (int i = 0; i < inOrder.size(); i++) {
                items.add(new Select.Item(inOrder.get(i).expr(), "o" + i));
            }
            Select inner = from.items(items).where(where).orderBy(ReadPlanner.orders(query, c, aliases, reversed).orders());
            if (query.take() != null) {
                inner = inner.limit((long) Math.abs(query.take()));
            }
            if (query.skip() != null && query.skip() > 0) {
                inner = inner.offset((long) query.skip());
            }
            String d = aliases.next();
            List<Select.Order> outer = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                Select.Order o = inOrder.get(i);
                outer.add(new Select.Order(Expr.column(d, "o" + i), o.descending(), o.nulls()));
            }
            sub = Select.from(TableRef.derived(inner, d))
                    .items(List.of(new Select.Item(new Expr.JsonArrayAgg(Expr.column(d, "j"), outer), "d")));
        }
        if (syntax.supportsLateralJoin()) {
            String l = aliases.next();
            parentJoins.add(new Select.Join(Select.JoinKind.LEFT_LATERAL, TableRef.derived(sub, l), Expr.Keyword.TRUE));
            return new Related(Expr.column(l, "d"), shape);
        }
        return new Related(new Expr.SubSelect(sub), shape);
    }

    private static boolean paged(RelationField field, ReadQuery query) {
        return field.isList() && (query.take() != null || (query.skip() != null && query.skip() > 0));
    }

    /** A scalar as JSON: bytes as hex, Json documents as their text, the rest as they are. */
    private static Expr jsonScalar(ScalarField field, Expr column) {
        ScalarKind kind = field.type() instanceof FieldType.Scalar s ? s.kind() : null;
        if (kind == ScalarKind.BYTES) {
            return new Expr.JsonValue(column, Expr.JsonEncoding.HEX);
        }
        if (kind == ScalarKind.JSON) {
            return new Expr.JsonValue(column, Expr.JsonEncoding.TEXT);
        }
        return column;
    }
}
