package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Table;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relation names and relation field names for relations found in the database, as Prisma infers
 * them when the previous schema does not name them. Like Prisma's, they are built from database
 * names only (sanitised table and column names), even where the previous schema calls the model or
 * field otherwise.
 *
 * <ul>
 *   <li>A relation is <em>ambiguous</em> when another relation joins the same two tables, or when
 *       the default field name (the referenced model's name) is also one of the foreign key's
 *       column field names.</li>
 *   <li>Unambiguous foreign keys: no relation name (self-relations are named
 *       {@code <Model>To<Model>}), the forward field is named after the referenced model, the back
 *       field after the referencing model ({@code other_} in front for a self-relation).</li>
 *   <li>Ambiguous foreign keys: the relation is
 *       {@code <referencing model>_<column fields joined by _>To<referenced model>}, the fields are
 *       {@code <referenced model>_<relation>} and {@code <referencing model>_<relation>}.</li>
 *   <li>Join tables {@code _Name}: the relation name is {@code Name} unless it is the default
 *       {@code <A>To<B>}; fields are named after the other model, with {@code _Name} added when
 *       ambiguous and {@code _A}/{@code _B} for self-relations.</li>
 *   <li>Later foreign keys with the same columns and referenced columns as an earlier one of the
 *       same table are left out.</li>
 * </ul>
 */
final class RelationNames {
    /** Relation name ("" for none), the forward (model A) field name, the back (model B) field name. */
    record Triple(String relationName, String forwardField, String backField) {
    }

    private final IntrospectionContext ctx;
    private final Map<ForeignKey, Table> owners = new IdentityHashMap<>();
    private final Map<ForeignKey, Triple> inline = new IdentityHashMap<>();
    private final Map<Table, Triple> manyToMany = new IdentityHashMap<>();
    private final Set<List<Integer>> ambiguous = new HashSet<>();

    RelationNames(IntrospectionContext ctx) {
        this.ctx = ctx;
        for (Table table : ctx.tables) {
            for (ForeignKey fk : table.foreignKeys()) {
                owners.put(fk, table);
            }
        }
        findAmbiguousRelations();
        for (Table table : ctx.tables) {
            if (ctx.joinTables.contains(table)) {
                manyToMany.put(table, manyToManyName(table));
            } else if (ctx.modelTables.contains(table)) {
                Set<ForeignKey> duplicated = duplicatedForeignKeys(table);
                for (ForeignKey fk : table.foreignKeys()) {
                    Table referenced = ctx.referencedTable(fk);
                    if (!duplicated.contains(fk) && referenced != null && ctx.modelTables.contains(referenced)) {
                        inline.put(fk, inlineName(fk, table, referenced));
                    }
                }
            }
        }
    }

    /** Null for foreign keys that give no relation (duplicates, or pointing outside the models). */
    Triple inline(ForeignKey fk) {
        return inline.get(fk);
    }

    Triple manyToMany(Table joinTable) {
        return manyToMany.get(joinTable);
    }

    private List<Integer> sortedIds(Table a, Table b) {
        int x = ctx.tableId(a);
        int y = ctx.tableId(b);
        return x <= y ? List.of(x, y) : List.of(y, x);
    }

    private List<Integer> joinTableIds(Table joinTable) {
        return sortedIds(ctx.referencedTable(joinTable.foreignKeys().get(0)),
                ctx.referencedTable(joinTable.foreignKeys().get(1)));
    }

    private void findAmbiguousRelations() {
        for (Table table : ctx.tables) {
            if (ctx.joinTables.contains(table)) {
                manyToManyAmbiguity(table);
            } else if (ctx.modelTables.contains(table)) {
                for (ForeignKey fk : table.foreignKeys()) {
                    Table referenced = ctx.referencedTable(fk);
                    if (referenced != null) {
                        inlineAmbiguity(fk, table, referenced);
                    }
                }
            }
        }
    }

    private void manyToManyAmbiguity(Table joinTable) {
        List<Integer> ids = joinTableIds(joinTable);
        if (ambiguous.contains(ids)) {
            return;
        }
        for (int id : ids) {
            Table modelTable = ctx.tables.get(id);
            for (ForeignKey fk : modelTable.foreignKeys()) {
                Table referenced = ctx.referencedTable(fk);
                if (referenced != null && sortedIds(modelTable, referenced).equals(ids)) {
                    ambiguous.add(ids);
                }
            }
        }
        for (Table other : ctx.joinTables) {
            if (other != joinTable && joinTableIds(other).equals(ids)) {
                ambiguous.add(ids);
            }
        }
    }

    private void inlineAmbiguity(ForeignKey fk, Table table, Table referenced) {
        List<Integer> ids = sortedIds(table, referenced);
        if (ambiguous.contains(ids)) {
            return;
        }
        for (Table side : List.of(table, referenced)) {
            for (ForeignKey other : side.foreignKeys()) {
                Table otherReferenced = ctx.referencedTable(other);
                if (otherReferenced != null && distinct(fk, other)
                        && sortedIds(owners.get(other), otherReferenced).equals(ids)) {
                    ambiguous.add(ids);
                    return;
                }
            }
        }
        String defaultFieldName = tableName(referenced);
        for (String column : fk.columns()) {
            if (defaultFieldName.equals(columnFieldName(table, column))) {
                ambiguous.add(ids);
                return;
            }
        }
    }

    private boolean distinct(ForeignKey a, ForeignKey b) {
        return a != b && !(owners.get(a) == owners.get(b) && a.columns().equals(b.columns()));
    }

    /**
     * Names here come from the database alone, as in Prisma, whose relation naming runs before the
     * previous schema's names are known: a table's sanitised name even where the model is called
     * differently (and no renaming of duplicates across schemas).
     */
    private static String tableName(Table table) {
        String name = table.name();
        return Names.isReservedTypeName(name) ? "Renamed" + name : Names.sanitize(name);
    }

    private static String columnFieldName(Table table, String column) {
        return Names.sanitize(column);
    }

    private Triple inlineName(ForeignKey fk, Table table, Table referenced) {
        boolean self = table == referenced;
        String referencing = tableName(table);
        String referencedName = tableName(referenced);
        String otherPrefix = self ? "other_" : "";
        if (!ambiguous.contains(sortedIds(table, referenced))) {
            String relationName = self ? referencing + "To" + referencedName : "";
            return new Triple(relationName, referencedName, otherPrefix + referencing);
        }
        List<String> columns = fk.columns().stream().map(c -> columnFieldName(table, c)).toList();
        String relationName = referencing + "_" + String.join("_", columns) + "To" + referencedName;
        return new Triple(relationName, referencedName + "_" + relationName,
                otherPrefix + referencing + "_" + relationName);
    }

    private Triple manyToManyName(Table joinTable) {
        List<Integer> ids = joinTableIds(joinTable);
        boolean self = ids.get(0).equals(ids.get(1));
        String first = tableName(ctx.tables.get(ids.get(0)));
        String second = tableName(ctx.tables.get(ids.get(1)));
        String found = joinTable.name().substring(1);
        String relationName;
        String suffix;
        if (ambiguous.contains(ids)) {
            relationName = found;
            suffix = joinTable.name();
        } else {
            relationName = found.equals(first + "To" + second) && !self ? "" : found;
            suffix = "";
        }
        return new Triple(relationName, second + suffix + (self ? "_A" : ""), first + suffix + (self ? "_B" : ""));
    }

    /** Foreign keys of a table with the same columns and referenced columns as an earlier one. */
    private static Set<ForeignKey> duplicatedForeignKeys(Table table) {
        Set<ForeignKey> duplicated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<ForeignKey> fks = table.foreignKeys();
        for (int i = 0; i < fks.size(); i++) {
            ForeignKey left = fks.get(i);
            for (int j = 0; j < i; j++) {
                ForeignKey right = fks.get(j);
                if (left.columns().equals(right.columns()) && left.referencedTable().equals(right.referencedTable())
                        && java.util.Objects.equals(left.referencedNamespace(), right.referencedNamespace())
                        && left.referencedColumns().equals(right.referencedColumns())) {
                    duplicated.add(left);
                    break;
                }
            }
        }
        return duplicated;
    }
}
