package dev.refract.client.internal.plan;

import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.TableRef;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An included level and the one level included below it, read in one statement: the level's rows
 * {@code LEFT JOIN}ed with their related records, one row per pair (a level row without related
 * records once, their columns null), split after reading into the rows the two levels' own
 * statements would have read ({@link #split}). For a level whose parent key the where pins but that
 * is found without an index (PostgreSQL has no index on a foreign key the schema does not declare):
 * the level below it, read by its own statement, would name its parents by a subquery that scans the
 * level's table a second time, or wait for their keys in a second round trip; joined, the table is
 * scanned once and both levels come with the parents' round trip. Hibernate's fetch join reads such
 * a graph the same way.
 *
 * <p>Row layout: the upper level's items as {@link ReadPlanner#child} plans them, its primary key
 * (which record a row belongs to), the lower level's columns and counts, and a marker (the lower
 * record's first id column: null where the row has no related record).
 *
 * @param below the relation of the lower level, from the upper level's records
 * @param kinds how each column of the joined rows is read
 */
public record FlatPlan(Select select, LevelPlan upper, RelationField below, LevelPlan lower, List<ScalarField> kinds,
        int identity, int identityWidth, int lowerStart, int lowerWidth, int[] upperLink) {

    /**
     * The joined read of {@code query}'s records, related through {@code field} to the parent whose
     * key is {@code key}, with the one relation they include; null where it does not apply: the
     * level is found through an index (the lower level's own statement then finds it again cheaply),
     * either level is paged, has a cursor or distinct, the level includes other than exactly one
     * relation, the lower level includes any, or a model has no id.
     */
    public static FlatPlan of(ReadQuery query, RelationField field, Object key, Dialect dialect) {
        if (StrategyChooser.indexed(field, dialect) || !plain(query) || query.selection().relations().size() != 1) {
            return null;
        }
        Map.Entry<RelationField, ReadQuery> include = query.selection().relations().entrySet().iterator().next();
        RelationField below = include.getKey();
        ReadQuery lowerQuery = include.getValue();
        Model model = query.model();
        Model related = below.relatedModel();
        if (!plain(lowerQuery) || !lowerQuery.selection().relations().isEmpty() || model.primaryKeyFields().isEmpty()
                || related.primaryKeyFields().isEmpty()) {
            return null;
        }
        LevelPlan upper = ReadPlanner.child(query, field, List.of(key));
        Select select = upper.select();
        String t = select.from().alias();
        Aliases aliases = new Aliases("f");
        String c = aliases.next();
        Expr filter = FilterCompiler.isAll(lowerQuery.where()) ? null : new FilterCompiler(aliases).compile(lowerQuery.where(), c);
        select = joinLower(select, below, t, c, filter, aliases);

        List<Select.Item> items = new ArrayList<>(select.items());
        List<ScalarField> kinds = new ArrayList<>(upper.kinds());
        int identity = items.size();
        for (ScalarField id : model.primaryKeyFields()) {
            add(items, Expr.column(t, id.databaseName()));
            kinds.add(id);
        }
        int lowerStart = items.size();
        List<ScalarField> lowerColumns = ReadPlanner.columns(lowerQuery);
        for (Select.Item item : ReadPlanner.items(lowerQuery, lowerColumns, c, aliases, List.of())) {
            add(items, item.expr());
        }
        kinds.addAll(lowerColumns);
        lowerQuery.selection().counts().keySet().forEach(count -> kinds.add(null));
        ScalarField marker = related.primaryKeyFields().get(0);
        add(items, Expr.column(c, marker.databaseName()));
        kinds.add(marker);

        SortKeys lowerOrder = ReadPlanner.orders(lowerQuery, c, aliases, false);
        List<Select.Order> orders = new ArrayList<>(select.orderBy());
        orders.addAll(lowerOrder.orders());
        select = lowerOrder.joinInto(select).items(items).orderBy(orders);

        List<ScalarField> link = ReadPlanner.parentKey(below);
        LevelPlan lower = new LevelPlan(select, lowerColumns, List.copyOf(lowerQuery.selection().counts().keySet()), link, false);
        int[] upperLink = link.stream().mapToInt(upper::position).toArray();
        return new FlatPlan(select, upper, below, lower, List.copyOf(kinds), identity, model.primaryKeyFields().size(),
                lowerStart, lowerColumns.size() + lower.counts().size(), upperLink);
    }

    public FlatPlan {
        upperLink = upperLink.clone();
    }

    /** The rows of the two levels (upper, lower), in the layouts of {@link #upper} and {@link #lower}. */
    public List<List<Object[]>> split(List<Object[]> rows) {
        Map<Object, Object[]> upperRows = new LinkedHashMap<>();
        List<Object[]> lowerRows = new ArrayList<>(rows.size());
        int marker = lowerStart + lowerWidth;
        for (Object[] row : rows) {
            // the upper level's records read their columns by position: the joined row serves as it is
            upperRows.putIfAbsent(identity(row), row);
            if (row[marker] == null) {
                continue;
            }
            Object[] lowerRow = new Object[lowerWidth + upperLink.length];
            System.arraycopy(row, lowerStart, lowerRow, 0, lowerWidth);
            for (int i = 0; i < upperLink.length; i++) {
                lowerRow[lowerWidth + i] = row[upperLink[i]];
            }
            lowerRows.add(lowerRow);
        }
        return List.of(new ArrayList<>(upperRows.values()), lowerRows);
    }

    @Override
    public int[] upperLink() {
        return upperLink.clone();
    }

    private Object identity(Object[] row) {
        return identityWidth == 1 ? row[identity] : Arrays.asList(Arrays.copyOfRange(row, identity, identity + identityWidth));
    }

    /** Not paged, no cursor, no distinct: the level's rows are one WHERE's. */
    private static boolean plain(ReadQuery query) {
        return query.take() == null && (query.skip() == null || query.skip() == 0) && query.cursor().isEmpty()
                && query.distinct().isEmpty();
    }

    /** {@code select} (on the upper level, alias {@code t}) with the lower level's records joined as {@code c}. */
    private static Select joinLower(Select select, RelationField below, String t, String c, Expr filter, Aliases aliases) {
        Model related = below.relatedModel();
        TableRef table = RelationJoin.table(related).as(c);
        Expr on;
        if (below.relation().isManyToMany()) {
            String j = aliases.next();
            select = select.join(new Select.Join(Select.JoinKind.LEFT, TableRef.of(below.relation().joinTableName()).as(j),
                    Expr.eq(Expr.column(j, RelationJoin.ownColumn(below)),
                            Expr.column(t, RelationJoin.singleId(below.model()).databaseName()))));
            on = Expr.eq(Expr.column(c, RelationJoin.singleId(related).databaseName()),
                    Expr.column(j, RelationJoin.otherColumn(below)));
        } else {
            on = RelationJoin.correlated(below, t, c, aliases).where();
        }
        return select.join(new Select.Join(Select.JoinKind.LEFT, table, filter == null ? on : Expr.and(List.of(on, filter))));
    }

    private static void add(List<Select.Item> items, Expr expr) {
        items.add(new Select.Item(expr, "c" + items.size()));
    }
}
