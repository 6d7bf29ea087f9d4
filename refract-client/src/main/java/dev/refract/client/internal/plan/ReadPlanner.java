package dev.refract.client.internal.plan;

import dev.refract.client.query.Filter;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.TableRef;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a {@link ReadQuery} as one SELECT per level: the records themselves, then, per included
 * relation, the related records of a batch of parents ({@code WHERE link IN (...)}), with nested
 * take/skip applied per parent through {@code ROW_NUMBER() OVER (PARTITION BY link ...)}. Relation
 * counts are correlated subqueries in the level's own statement.
 */
public final class ReadPlanner {

    private ReadPlanner() {
    }

    /** The statement for the top-level records. */
    public static LevelPlan root(ReadQuery query) {
        Aliases aliases = new Aliases();
        String t = aliases.next();
        List<ScalarField> columns = columns(query);
        boolean reversed = query.take() != null && query.take() < 0;
        SortKeys sorting = orders(query, t, aliases, reversed);
        List<Select.Order> orders = sorting.orders();
        Select select = sorting.joinInto(Select.from(RelationJoin.table(query.model()).as(t)))
                .items(items(query, columns, t, aliases, List.of()))
                .where(where(query, t, aliases, null, sorting))
                .orderBy(orders);
        if (query.take() != null) {
            select = select.limit((long) Math.abs(query.take()));
        }
        if (query.skip() != null && query.skip() > 0) {
            select = select.offset((long) query.skip());
        }
        return new LevelPlan(select, columns, List.copyOf(query.selection().counts().keySet()), List.of(), reversed);
    }

    /**
     * The statement for the records related through {@code field} to the parents whose link keys are
     * {@code keys} (single values, or lists for composite keys).
     */
    public static LevelPlan child(ReadQuery query, RelationField field, List<Object> keys) {
        List<ScalarField> parentKey = parentKey(field);
        return child(query, field, link -> keysIn(link, parentKey, keys));
    }

    /**
     * The plan of an included level whose parents are the rows {@code parentKeys} selects (their key
     * for {@code field}, from {@link #keysOf}): {@code link IN (SELECT ...)}, so the level can be sent
     * before its parents' rows are read.
     */
    public static LevelPlan child(ReadQuery query, RelationField field, Select parentKeys) {
        return child(query, field, link -> new Expr.InSelect(link, parentKeys, false));
    }

    /**
     * A SELECT of the {@code fields} of the rows a level's plan reads, for {@link #child(ReadQuery,
     * RelationField, Select)}; null when the level is paged per parent (its rows are not one WHERE's).
     */
    public static Select keysOf(LevelPlan plan, List<ScalarField> fields) {
        Select select = plan.select();
        if (select.from().subquery() != null || select.limit() != null || select.offset() != null || select.distinct()) {
            return null;
        }
        String t = select.from().alias();
        return select.columns(t, fields.stream().map(ScalarField::databaseName).toList()).orderBy(List.of());
    }

    private static LevelPlan child(ReadQuery query, RelationField field, java.util.function.Function<List<Expr>, Expr> linked) {
        Aliases aliases = new Aliases();
        String t = aliases.next();
        List<ScalarField> columns = columns(query);
        Select from = Select.from(RelationJoin.table(query.model()).as(t));
        List<Expr> link = new ArrayList<>();
        List<ScalarField> linkTypes = new ArrayList<>();
        if (field.relation().isManyToMany()) {
            String j = aliases.next();
            ScalarField childId = RelationJoin.singleId(query.model());
            from = from.join(new Select.Join(Select.JoinKind.INNER, TableRef.of(field.relation().joinTableName()).as(j),
                    Expr.eq(Expr.column(j, RelationJoin.otherColumn(field)), Expr.column(t, childId.databaseName()))));
            link.add(Expr.column(j, RelationJoin.ownColumn(field)));
            linkTypes.add(RelationJoin.singleId(field.model()));
        } else {
            for (ScalarField f : childKey(field)) {
                link.add(Expr.column(t, f.databaseName()));
            }
            linkTypes.addAll(parentKey(field));
        }
        List<RelationField> counts = List.copyOf(query.selection().counts().keySet());
        List<Expr> read = link;
        int[] links;
        List<ScalarField> childKey = field.relation().isManyToMany() ? List.of() : childKey(field);
        if (!childKey.isEmpty() && columns.containsAll(childKey)) {
            // a foreign key the level selects anyway is its link: not read a second time
            links = childKey.stream().mapToInt(columns::indexOf).toArray();
            read = List.of();
            linkTypes.clear();
        } else {
            links = LevelPlan.after(columns.size() + counts.size(), linkTypes.size());
        }
        boolean reversed = query.take() != null && query.take() < 0;
        SortKeys sorting = orders(query, t, aliases, reversed);
        List<Select.Order> orders = sorting.orders();
        from = sorting.joinInto(from);
        Expr where = where(query, t, aliases, linked.apply(link), sorting);
        boolean perParentPage = query.take() != null || (query.skip() != null && query.skip() > 0);
        if (!perParentPage) {
            Select select = from.items(items(query, columns, t, aliases, read)).where(where).orderBy(orders);
            return new LevelPlan(select, columns, counts, linkTypes, links, reversed);
        }
        List<Select.Item> items = new ArrayList<>(items(query, columns, t, aliases, read));
        items.add(new Select.Item(new Expr.RowNumber(link, orders), "rn"));
        Select inner = from.items(items).where(where);
        String d = aliases.next();
        List<Select.Item> outerItems = new ArrayList<>();
        for (int i = 0; i < items.size() - 1; i++) {
            outerItems.add(new Select.Item(Expr.column(d, "c" + i), null));
        }
        long skip = query.skip() == null ? 0 : query.skip();
        List<Expr> page = new ArrayList<>();
        page.add(new Expr.Binary(Expr.column(d, "rn"), Expr.Op.GT, Expr.param(skip)));
        if (query.take() != null) {
            page.add(new Expr.Binary(Expr.column(d, "rn"), Expr.Op.LE, Expr.param(skip + Math.abs(query.take()))));
        }
        Select outer = Select.from(TableRef.derived(inner, d)).items(outerItems).where(Expr.and(page))
                .orderBy(List.of(Select.Order.asc(Expr.column(d, "rn"))));
        return new LevelPlan(outer, columns, counts, linkTypes, links, reversed);
    }

    /** The parent's fields whose values identify its related records through {@code field}. */
    public static List<ScalarField> parentKey(RelationField field) {
        if (field.relation().isManyToMany()) {
            return List.of(RelationJoin.singleId(field.model()));
        }
        return field.isReferencing() ? field.fields() : field.opposite().references();
    }

    /** The related model's fields that hold the parent's key (inline relations). */
    static List<ScalarField> childKey(RelationField field) {
        return field.isReferencing() ? field.references() : field.opposite().fields();
    }

    /**
     * The columns a level reads: the selected scalars, the distinct fields and the cursor's fields
     * of a cursor on relation orders (compared in memory), then the keys its included relations need.
     */
    static List<ScalarField> columns(ReadQuery query) {
        Set<ScalarField> columns = new LinkedHashSet<>(query.selection().scalars());
        columns.addAll(query.distinct());
        if (cursorOnRelations(query)) {
            columns.addAll(query.cursor().keySet());
        }
        for (RelationField f : query.selection().relations().keySet()) {
            columns.addAll(parentKey(f));
        }
        return List.copyOf(columns);
    }

    static List<Select.Item> items(ReadQuery query, List<ScalarField> columns, String t, Aliases aliases,
            List<Expr> link) {
        List<Select.Item> items = new ArrayList<>();
        for (ScalarField f : columns) {
            items.add(new Select.Item(Expr.column(t, f.databaseName()), "c" + items.size()));
        }
        FilterCompiler filters = new FilterCompiler(aliases);
        for (Map.Entry<RelationField, Filter> count : query.selection().counts().entrySet()) {
            String c = aliases.next();
            Select related = RelationJoin.correlated(count.getKey(), t, c, aliases);
            if (!FilterCompiler.isAll(count.getValue())) {
                related = related.where(Expr.and(List.of(related.where(), filters.compile(count.getValue(), c))));
            }
            Expr n = new Expr.Call(Expr.Function.COUNT, List.of(Expr.Keyword.STAR), false);
            items.add(new Select.Item(new Expr.SubSelect(related.items(List.of(new Select.Item(n, null)))), "c" + items.size()));
        }
        for (Expr e : link) {
            items.add(new Select.Item(e, "c" + items.size()));
        }
        return items;
    }

    static Expr where(ReadQuery query, String t, Aliases aliases, Expr extra, SortKeys sorting) {
        List<Expr> parts = new ArrayList<>();
        if (extra != null) {
            parts.add(extra);
        }
        if (!FilterCompiler.isAll(query.where())) {
            parts.add(new FilterCompiler(aliases).compile(query.where(), t));
        }
        if (!query.cursor().isEmpty()) {
            parts.add(Cursors.condition(query, t, aliases, sorting));
        }
        return parts.isEmpty() ? null : Expr.and(parts);
    }

    private static Expr keysIn(List<Expr> link, List<ScalarField> parentKey, List<Object> keys) {
        // several keys: one array, the same statement text for any number; one key stays "= ?" (an
        // IN list of one), which the server plans as the equality it is
        if (link.size() == 1 && keysAsArray(parentKey, keys.size())) {
            return new Expr.AnyOf(link.get(0), ((dev.refract.schema.model.FieldType.Scalar) parentKey.get(0).type()).kind(), keys);
        }
        if (link.size() == 1) {
            return new Expr.In(link.get(0), keys.stream().map(k -> (Expr) Expr.param(k)).toList(), false);
        }
        List<Expr> any = new ArrayList<>();
        for (Object key : keys) {
            List<?> values = (List<?>) key;
            List<Expr> all = new ArrayList<>();
            for (int i = 0; i < link.size(); i++) {
                all.add(Expr.eq(link.get(i), Expr.param(values.get(i))));
            }
            any.add(Expr.and(all));
        }
        return new Expr.Or(any);
    }

    /**
     * Whether {@code count} keys of a relation with this parent key are planned as one array
     * ({@code Expr.AnyOf}; rendered {@code = ANY(?)} where the database has array parameters).
     */
    public static boolean keysAsArray(List<ScalarField> parentKey, int count) {
        return parentKey.size() == 1 && count > 1 && arrayBindable(parentKey.get(0));
    }

    /** Keys whose values bind as an array of the column's own type: Int, BigInt, String without a native type. */
    private static boolean arrayBindable(ScalarField key) {
        if (key.isList() || key.nativeType().isPresent() || !(key.type() instanceof dev.refract.schema.model.FieldType.Scalar)) {
            return false;
        }
        dev.refract.schema.model.ScalarKind kind = ((dev.refract.schema.model.FieldType.Scalar) key.type()).kind();
        return kind == dev.refract.schema.model.ScalarKind.INT || kind == dev.refract.schema.model.ScalarKind.BIG_INT
                || kind == dev.refract.schema.model.ScalarKind.STRING;
    }

    /**
     * The sort keys of a read: the given keys, then (when the read is paginated, so pages are stable)
     * the primary key fields not already ordered on. See {@link #sentOrder} for a negative take.
     */
    public static List<OrderBy> effectiveOrder(ReadQuery query) {
        List<OrderBy> order = new ArrayList<>(query.orderBy());
        if (query.isPaginated()) {
            Model model = query.model();
            for (ScalarField id : model.primaryKeyFields()) {
                if (order.stream().noneMatch(o -> o.isOwnField() && o.field() == id)) {
                    order.add(OrderBy.asc(id));
                }
            }
        }
        return order;
    }

    /**
     * A cursor with sort keys on related records or relation counts: as Prisma's engine, the rows
     * are read without LIMIT/OFFSET, those before the cursor record dropped and the page cut in memory.
     */
    public static boolean cursorOnRelations(ReadQuery query) {
        return !query.cursor().isEmpty() && query.orderBy().stream().anyMatch(o -> !o.isOwnField());
    }

    /**
     * The sort keys as sent for a negative take, whose rows are read backwards and turned round: the
     * given keys flipped, and the appended primary key flipped only when it is the whole order (so
     * {@code take: -2} alone reads the last two records). Behind given keys it stays ascending, as
     * Prisma 7 (checked) returns such ties: its engine sends no tie-breaker there, and PostgreSQL hands
     * the tied rows over in insertion order.
     */
    public static List<OrderBy> sentOrder(ReadQuery query) {
        List<OrderBy> effective = effectiveOrder(query);
        if (query.take() == null || query.take() >= 0) {
            return effective;
        }
        int given = query.orderBy().size();
        List<OrderBy> keys = new ArrayList<>(effective.size());
        for (int i = 0; i < effective.size(); i++) {
            OrderBy o = effective.get(i);
            keys.add(i < given || given == 0 ? o.reversed() : o);
        }
        return keys;
    }

    /**
     * The order the records are returned in: {@link #effectiveOrder}, except after a negative take,
     * where it is {@link #sentOrder} turned round (ties on given keys then come in descending key order).
     */
    static SortKeys resultOrder(ReadQuery query, String t, Aliases aliases) {
        if (query.take() == null || query.take() >= 0) {
            return SortKeys.of(effectiveOrder(query), t, aliases);
        }
        return SortKeys.of(sentOrder(query).stream().map(OrderBy::reversed).toList(), t, aliases);
    }

    /**
     * The sort keys of a read as joins and ORDER BY items on alias {@code t}: {@link #sentOrder} when
     * {@code reversed} (a negative take), else {@link #effectiveOrder}.
     */
    static SortKeys orders(ReadQuery query, String t, Aliases aliases, boolean reversed) {
        return SortKeys.of(reversed ? sentOrder(query) : effectiveOrder(query), t, aliases);
    }
}
