package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.FlatPlan;
import dev.refract.client.internal.plan.LevelPlan;
import dev.refract.client.internal.plan.Pins;
import dev.refract.client.internal.plan.ReadPlanner;
import dev.refract.client.internal.plan.StrategyChooser;
import dev.refract.client.query.RelationLoadStrategy;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.Select;
import dev.refract.schema.model.ScalarKind;
import dev.refract.client.query.ReadQuery;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Executes a {@link ReadQuery}: the top-level statement, then one statement per included relation
 * and level (per chunk of parent keys, below the database's bind-parameter limit), stitched into
 * Prisma-shaped records (ordered maps by field name, {@link RecordMap}) in memory.
 */
public final class ReadExecutor {
    private final Statements statements;
    private final int chunkSize;
    private final JoinExecutor joins;
    private final ReadStatements roots;

    /** @param chunkSize the most parent keys per child statement (further capped by the database's limit) */
    public ReadExecutor(Statements statements, int chunkSize) {
        this.statements = statements;
        this.chunkSize = chunkSize;
        this.joins = new JoinExecutor(statements);
        this.roots = new ReadStatements(statements);
    }

    public List<Map<String, Object>> findMany(Connection connection, ReadQuery query) {
        if (StrategyChooser.choose(query, statements.dialect()) == RelationLoadStrategy.JOIN) {
            return joins.findMany(connection, query);
        }
        boolean inMemory = MemoryPage.applies(query);
        LevelPlan plan;
        List<Object[]> rows;
        Layout layout = null;
        Map<RelationField, Ahead> ahead = Map.of();
        if (inMemory) {
            plan = ReadPlanner.root(MemoryPage.unpaged(query));
            rows = statements.query(connection, plan.select(), plan.kinds());
        } else {
            ReadStatements.Bound root = roots.root(query);
            plan = root.plan();
            layout = root.layout();
            ahead = ahead(query);
            if (ahead.isEmpty()) {
                rows = statements.query(connection, root.sql(), root.kinds());
            } else {
                rows = readTogether(connection, root, ahead);
            }
        }
        if (plan.reversed()) {
            Collections.reverse(rows);
        }
        if (inMemory) {
            rows = MemoryPage.apply(rows, query, plan);
        }
        return shape(connection, query, plan, rows, layout != null ? layout : Layout.of(query, plan), ahead);
    }

    /** A level read together with its parents' statement: its plan, its rows once read, the levels below read with it. */
    private static final class Ahead {
        final LevelPlan plan;
        final RenderedSql sql;
        final List<ScalarField> kinds;
        final Map<RelationField, Ahead> below;
        /** Non-null where this level's statement reads the level below too (its Ahead has no statement of its own). */
        final FlatPlan flat;
        List<Object[]> rows;

        Ahead(LevelPlan plan, RenderedSql sql, List<ScalarField> kinds, Map<RelationField, Ahead> below) {
            this(plan, sql, kinds, below, null);
        }

        Ahead(LevelPlan plan, RenderedSql sql, List<ScalarField> kinds, Map<RelationField, Ahead> below, FlatPlan flat) {
            this.plan = plan;
            this.sql = sql;
            this.kinds = kinds;
            this.below = below;
            this.flat = flat;
        }

        /** Takes this level's rows as read (and, for a joined read, the level below's). */
        void read(List<Object[]> rows) {
            if (flat == null) {
                this.rows = rows;
                return;
            }
            List<List<Object[]>> split = flat.split(rows);
            this.rows = split.get(0);
            below.get(flat.below()).rows = split.get(1);
        }
    }

    /**
     * The included relations whose records can be read in the same round trip as the top level: where
     * the database takes several statements at once, and the top level's where pins the parent key of
     * the relation ({@code findUnique({where: {id: 7}, include: {orders: true}})}: every customer it
     * finds has id 7, so the orders are those of customer 7 whatever the customer's row says). Below
     * such a level, a level is read ahead too, its parents named by a subquery of the level above
     * ({@code WHERE "A" IN (SELECT id FROM "Order" WHERE "customerId" = ?)}), where that level is one
     * WHERE's rows (no take, skip, cursor or distinct) found through an index: the subquery finds the
     * level's rows again, which is cheap by an index and a second scan without one (PostgreSQL has no
     * index on a foreign key the schema does not declare), where reading the keys first is cheaper;
     * or, below such an unindexed level, joined into its statement ({@link FlatPlan}).
     */
    private Map<RelationField, Ahead> ahead(ReadQuery query) {
        if (query.selection().relations().isEmpty() || !statements.dialect().sendsQueriesTogether()) {
            return Map.of();
        }
        Map<ScalarField, Object> pinned = Pins.of(query.where());
        if (pinned.isEmpty()) {
            return Map.of();
        }
        Map<RelationField, Ahead> ahead = new LinkedHashMap<>();
        for (Map.Entry<RelationField, ReadQuery> include : query.selection().relations().entrySet()) {
            Object key = Pins.parentKey(pinned, include.getKey());
            if (key == null || MemoryPage.applies(include.getValue())) {
                continue;
            }
            if (include.getValue().selection().relations().isEmpty()) {
                // nothing below: the level's statement as planned once for its read (ReadStatements)
                ReadStatements.Bound child = roots.child(include.getValue(), include.getKey(), List.of(key));
                ahead.put(include.getKey(), new Ahead(child.plan(), child.sql(), child.kinds(), Map.of()));
                continue;
            }
            FlatPlan flat = FlatPlan.of(include.getValue(), include.getKey(), key, statements.dialect());
            if (flat != null) {
                Ahead lower = new Ahead(flat.lower(), null, null, Map.of());
                ahead.put(include.getKey(), new Ahead(flat.upper(), statements.render(flat.select()), flat.kinds(),
                        Map.of(flat.below(), lower), flat));
                continue;
            }
            LevelPlan plan = ReadPlanner.child(include.getValue(), include.getKey(), List.of(key));
            ahead.put(include.getKey(), new Ahead(plan, statements.render(plan.select()), plan.kinds(),
                    below(include.getKey(), include.getValue(), plan)));
        }
        return ahead;
    }

    /** The levels below a level read ahead that can be read ahead too (see {@link #ahead}). */
    private Map<RelationField, Ahead> below(RelationField level, ReadQuery query, LevelPlan plan) {
        if (query.selection().relations().isEmpty() || !StrategyChooser.indexed(level, statements.dialect())) {
            return Map.of();
        }
        Map<RelationField, Ahead> below = new LinkedHashMap<>();
        for (Map.Entry<RelationField, ReadQuery> include : query.selection().relations().entrySet()) {
            Select parents = ReadPlanner.keysOf(plan, ReadPlanner.parentKey(include.getKey()));
            if (parents == null || MemoryPage.applies(include.getValue())) {
                continue;
            }
            LevelPlan child = ReadPlanner.child(include.getValue(), include.getKey(), parents);
            below.put(include.getKey(), new Ahead(child, statements.render(child.select()), child.kinds(),
                    below(include.getKey(), include.getValue(), child)));
        }
        return below;
    }

    private static void collect(Map<RelationField, Ahead> ahead, List<Ahead> into) {
        for (Ahead a : ahead.values()) {
            if (a.sql != null) {
                into.add(a);
            }
            collect(a.below, into);
        }
    }

    /** The top level's rows, read in one round trip with the levels read ahead (whose rows it fills in). */
    private List<Object[]> readTogether(Connection connection, ReadStatements.Bound root, Map<RelationField, Ahead> ahead) {
        List<RenderedSql> parts = new ArrayList<>();
        List<List<ScalarField>> kinds = new ArrayList<>();
        parts.add(root.sql());
        kinds.add(root.kinds());
        List<Ahead> all = new ArrayList<>();
        collect(ahead, all);
        for (Ahead a : all) {
            parts.add(a.sql);
            kinds.add(a.kinds);
        }
        List<List<Object[]>> results = statements.queryTogether(connection, parts, kinds);
        int i = 1;
        for (Ahead a : all) {
            a.read(results.get(i++));
        }
        return results.get(0);
    }

    /** Where each selected scalar of a level's records is in its rows: record key {@code names[i]} is column {@code positions[i]}. */
    record Layout(String[] names, int[] positions) {
        /** Whether record field i is row column i for every selected scalar. */
        boolean inOrder() {
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] != i) {
                    return false;
                }
            }
            return true;
        }

        /** The names: the selected scalars, then the included relations and {@code _count}, as records get them. */
        static Layout of(ReadQuery query, LevelPlan plan) {
            List<ScalarField> scalars = query.selection().scalars();
            Set<RelationField> relations = query.selection().relations().keySet();
            boolean counts = !plan.counts().isEmpty();
            String[] names = new String[scalars.size() + relations.size() + (counts ? 1 : 0)];
            int r = scalars.size();
            for (RelationField relation : relations) {
                names[r++] = relation.name();
            }
            if (counts) {
                names[r] = "_count";
            }
            int[] positions = new int[scalars.size()];
            List<ScalarField> columns = plan.columns();
            for (int i = 0; i < positions.length; i++) {
                ScalarField field = scalars.get(i);
                names[i] = field.name();
                // the planner puts the selected scalars first, in order
                positions[i] = i < columns.size() && columns.get(i) == field ? i : plan.position(field);
            }
            return new Layout(names, positions);
        }
    }

    List<Map<String, Object>> shape(Connection connection, ReadQuery query, LevelPlan plan, List<Object[]> rows) {
        return shape(connection, query, plan, rows, Layout.of(query, plan), Map.of());
    }

    private List<Map<String, Object>> shape(Connection connection, ReadQuery query, LevelPlan plan, List<Object[]> rows,
            Layout layout, Map<RelationField, Ahead> ahead) {
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        String[] names = layout.names();
        int[] positions = layout.positions();
        // a level that reads exactly its selected scalars, in order, and puts nothing in its records
        // (no relations, no _count): each row array becomes its record's values as it is, the link
        // columns after them (read by the level above from the same arrays) left beyond the record's size
        boolean asIs = names.length == positions.length && plan.columns().size() == positions.length
                && plan.counts().isEmpty() && layout.inOrder();
        for (Object[] row : rows) {
            if (asIs && row.length >= names.length) {
                records.add(new RecordMap(names, row, names.length));
                continue;
            }
            Object[] values = new Object[names.length];
            for (int i = 0; i < positions.length; i++) {
                values[i] = row[positions[i]];
            }
            records.add(new RecordMap(names, values, positions.length));
        }
        for (Map.Entry<RelationField, ReadQuery> include : query.selection().relations().entrySet()) {
            loadRelation(connection, include.getKey(), include.getValue(), plan, rows, records, ahead.get(include.getKey()));
        }
        if (!plan.counts().isEmpty()) {
            for (int r = 0; r < rows.size(); r++) {
                Map<String, Object> counts = new LinkedHashMap<>();
                for (int i = 0; i < plan.counts().size(); i++) {
                    counts.put(plan.counts().get(i).name(), rows.get(r)[plan.countPosition(i)]);
                }
                records.get(r).put("_count", counts);
            }
        }
        return records;
    }

    private void loadRelation(Connection connection, RelationField field, ReadQuery childQuery, LevelPlan parentPlan,
            List<Object[]> parentRows, List<Map<String, Object>> parents, Ahead ahead) {
        List<ScalarField> parentKey = ReadPlanner.parentKey(field);
        int[] positions = parentKey.stream().mapToInt(parentPlan::position).toArray();
        Set<Object> keys = new LinkedHashSet<>();
        Object[] parentKeys = new Object[parentRows.size()];
        int nonNull = 0;
        for (int r = 0; r < parentRows.size(); r++) {
            Object key = key(parentRows.get(r), positions);
            parentKeys[r] = key;
            if (key != null) {
                keys.add(key);
                nonNull++;
            }
        }
        List<Object[]> childRows = new ArrayList<>();
        LevelPlan plan = null;
        List<Object> all = new ArrayList<>(keys);
        boolean inMemory = MemoryPage.applies(childQuery);
        ReadQuery sent = inMemory ? MemoryPage.unpaged(childQuery) : childQuery;
        if (ahead != null) {
            // read with the parents' statement: the where pinned the key every parent row has
            plan = ahead.plan;
            childRows = ahead.rows;
        } else if (!all.isEmpty() && all.size() <= chunkSize) {
            // usually one statement carries every key; chunked only when the database's limit says so
            ReadStatements.Bound child = roots.child(sent, field, all);
            plan = child.plan();
            RenderedSql sql = child.sql();
            if (sql.parameters().size() <= statements.dialect().maxBindParameters()) {
                childRows.addAll(statements.query(connection, sql, child.kinds()));
            } else {
                plan = null;
            }
        }
        if (!all.isEmpty() && plan == null) {
            int perStatement = chunk(sent, field, parentKey.size());
            for (int from = 0; from < all.size(); from += perStatement) {
                List<Object> chunk = all.subList(from, Math.min(all.size(), from + perStatement));
                plan = ReadPlanner.child(sent, field, chunk);
                childRows.addAll(statements.query(connection, plan.select(), plan.kinds()));
            }
        }
        if (inMemory && plan != null) {
            childRows = MemoryPage.perParent(childRows, childQuery, plan, plan.links());
        }
        Map<Object, List<Map<String, Object>>> byParent = new HashMap<>(keys.size() * 4 / 3 + 1);
        if (plan != null) {
            int[] link = plan.links();
            List<Map<String, Object>> children = ahead == null ? shape(connection, childQuery, plan, childRows)
                    : shape(connection, childQuery, plan, childRows, Layout.of(childQuery, plan), ahead.below);
            for (int r = 0; r < childRows.size(); r++) {
                byParent.computeIfAbsent(key(childRows.get(r), link), k -> new ArrayList<>()).add(children.get(r));
            }
            if (plan.reversed()) {
                byParent.values().forEach(Collections::reverse);
            }
        }
        // parents with distinct keys (the usual case) each get their group's list itself; where parents
        // repeat a key (a record reached twice through a many-to-many), each gets a copy
        boolean distinct = keys.size() == nonNull;
        String name = field.name();
        for (int r = 0; r < parents.size(); r++) {
            List<Map<String, Object>> related = parentKeys[r] == null ? null : byParent.get(parentKeys[r]);
            Object value;
            if (field.isList()) {
                value = related == null ? new ArrayList<>() : distinct ? related : new ArrayList<>(related);
            } else {
                value = related == null || related.isEmpty() ? null : related.get(0);
            }
            parents.get(r).put(name, value);
        }
    }

    /** Parent keys per child statement: the configured size, capped by the bind-parameter limit. */
    private int chunk(ReadQuery childQuery, RelationField field, int width) {
        int fixed = statements.parameterCount(ReadPlanner.child(childQuery, field, List.of()).select());
        int byLimit = Math.max(1, (statements.dialect().maxBindParameters() - fixed) / width);
        return Math.min(chunkSize, byLimit);
    }

    /** A row's key: the value, a list of values for composite keys, or null when any part is null. */
    private static Object key(Object[] row, int[] positions) {
        if (positions.length == 1) {
            return row[positions[0]];
        }
        Object[] parts = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            parts[i] = row[positions[i]];
            if (parts[i] == null) {
                return null;
            }
        }
        return Arrays.asList(parts);
    }
}
