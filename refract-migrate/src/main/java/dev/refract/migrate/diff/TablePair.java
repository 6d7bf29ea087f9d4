package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table present in both schemas, with its columns matched by name. Columns, like Prisma's, are
 * visited in name order (byte order of their names). {@code previousIndex}/{@code nextIndex} are
 * the table's positions in the two schemas, which order the steps.
 */
final class TablePair {
    final Table previous;
    final Table next;
    final int previousIndex;
    final int nextIndex;
    private final DiffFlavour flavour;
    private final TreeMap<String, Column[]> columns = new TreeMap<>();
    private final Map<String, ColumnChanges> changes = new TreeMap<>();

    TablePair(Table previous, Table next, int previousIndex, int nextIndex, DiffFlavour flavour) {
        this.previous = previous;
        this.next = next;
        this.previousIndex = previousIndex;
        this.nextIndex = nextIndex;
        this.flavour = flavour;
        for (Column c : previous.columns()) {
            columns.computeIfAbsent(c.name(), k -> new Column[2])[0] = c;
        }
        for (Column c : next.columns()) {
            columns.computeIfAbsent(c.name(), k -> new Column[2])[1] = c;
        }
        for (Column[] pair : columns.values()) {
            if (pair[0] != null && pair[1] != null) {
                changes.put(pair[0].name(), columnChanges(pair[0], pair[1], flavour));
            }
        }
    }

    static ColumnChanges columnChanges(Column previous, Column next, DiffFlavour flavour) {
        Set<ColumnChange> facets = new HashSet<>();
        TypeChange typeChange = flavour.typeChange(previous, next);
        if (Arity.of(previous) != Arity.of(next)) {
            facets.add(ColumnChange.ARITY);
        }
        if (typeChange != null) {
            facets.add(ColumnChange.TYPE);
        }
        if (!DefaultsMatcher.match(previous, next, flavour.ignoresJsonDefaults())) {
            facets.add(ColumnChange.DEFAULT);
        }
        if (flavour.autoincrementChanged(previous, next)) {
            facets.add(ColumnChange.AUTOINCREMENT);
        }
        return new ColumnChanges(facets, typeChange);
    }

    /** Columns in both tables, by name: [previous, next]. */
    List<Column[]> columnPairs() {
        return columns.values().stream().filter(p -> p[0] != null && p[1] != null).toList();
    }

    List<Column> droppedColumns() {
        return columns.values().stream().filter(p -> p[1] == null).map(p -> p[0]).toList();
    }

    List<Column> addedColumns() {
        return columns.values().stream().filter(p -> p[0] == null).map(p -> p[1]).toList();
    }

    ColumnChanges changes(String columnName) {
        return changes.get(columnName);
    }

    boolean anyColumnChanged() {
        return changes.values().stream().anyMatch(ColumnChanges::differs);
    }

    /** Position of a column in the previous table (Prisma orders altered columns by it). */
    int previousPosition(Column column) {
        return previous.columns().indexOf(column);
    }

    // ---- foreign keys ----

    boolean foreignKeysMatch(ForeignKey a, ForeignKey b) {
        if (!a.referencedTable().equals(b.referencedTable())
                || a.referencedColumns().size() != b.referencedColumns().size()
                || a.columns().size() != b.columns().size()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            String prevName = a.columns().get(i);
            String nextName = b.columns().get(i);
            if (!prevName.equals(nextName)) {
                return false;
            }
            ColumnChanges c = changes.get(prevName);
            if (c != null && c.typeChanged()) {
                return false;
            }
            if (!flavour.canCopeWithForeignKeyColumnBecomingNonNullable()) {
                Optional<Column> p = previous.column(prevName);
                Optional<Column> n = next.column(nextName);
                if (p.isPresent() && n.isPresent()) {
                    Arity pa = Arity.of(p.get());
                    Arity na = Arity.of(n.get());
                    if (pa != na && !(pa == Arity.REQUIRED && na == Arity.NULLABLE)) {
                        return false;
                    }
                }
            }
        }
        return a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete()
                && a.onUpdate() == b.onUpdate();
    }

    List<ForeignKey> createdForeignKeys() {
        return next.foreignKeys().stream()
                .filter(n -> previous.foreignKeys().stream().noneMatch(p -> foreignKeysMatch(p, n))).toList();
    }

    List<ForeignKey> droppedForeignKeys() {
        return previous.foreignKeys().stream()
                .filter(p -> next.foreignKeys().stream().noneMatch(n -> foreignKeysMatch(p, n))).toList();
    }

    /** Matching foreign keys: [previous, next]. */
    List<ForeignKey[]> foreignKeyPairs() {
        List<ForeignKey[]> pairs = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (ForeignKey p : previous.foreignKeys()) {
            for (int i = 0; i < next.foreignKeys().size(); i++) {
                ForeignKey n = next.foreignKeys().get(i);
                if (!seen.contains(i) && foreignKeysMatch(p, n)) {
                    seen.add(i);
                    pairs.add(new ForeignKey[] {p, n});
                    break;
                }
            }
        }
        return pairs;
    }

    // ---- indexes ----

    boolean indexesMatch(Index a, Index b) {
        if (a.columns().size() != b.columns().size() || a.kind() != b.kind()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            IndexColumn x = a.columns().get(i);
            IndexColumn y = b.columns().get(i);
            if (!x.name().equals(y.name()) || !Objects.equals(x.length(), y.length())
                    || sort(x.sort()) != sort(y.sort())) {
                return false;
            }
        }
        return flavour.indexesMatch(a, b);
    }

    static SortOrder sort(SortOrder order) {
        return order == null ? SortOrder.ASC : order;
    }

    List<Index> createdIndexes() {
        return next.indexes().stream()
                .filter(n -> previous.indexes().stream().noneMatch(p -> indexesMatch(p, n))).toList();
    }

    List<Index> droppedIndexes() {
        return previous.indexes().stream()
                .filter(p -> next.indexes().stream().noneMatch(n -> indexesMatch(p, n))).toList();
    }

    /** Indexes present in both (possibly under a new name): [previous, next]. */
    List<Index[]> indexPairs() {
        List<Index[]> pairs = new ArrayList<>();
        for (Index p : previous.indexes()) {
            long identical = previous.indexes().stream()
                    .filter(o -> o.columnNames().equals(p.columnNames()) && o.kind() == p.kind()).count();
            if (identical != 1) {
                continue; // renaming among look-alike indexes is unstable; Prisma does not
            }
            next.indexes().stream().filter(n -> indexesMatch(p, n)).findFirst()
                    .ifPresent(n -> pairs.add(new Index[] {p, n}));
        }
        return pairs;
    }

    // ---- primary keys ----

    boolean primaryKeyChanged() {
        PrimaryKey p = previous.primaryKey();
        PrimaryKey n = next.primaryKey();
        if (p == null || n == null) {
            return false;
        }
        if (p.columns().size() != n.columns().size()) {
            return true;
        }
        for (int i = 0; i < p.columns().size(); i++) {
            IndexColumn a = p.columns().get(i);
            IndexColumn b = n.columns().get(i);
            if (!a.name().equals(b.name()) || sort(a.sort()) != sort(b.sort())
                    || !Objects.equals(a.length(), b.length())) {
                return true;
            }
        }
        for (String name : p.columnNames()) {
            ColumnChanges c = changes.get(name);
            if (c != null && c.typeChanged()) {
                return true;
            }
        }
        return false;
    }

    boolean createdPrimaryKey() {
        return previous.primaryKey() == null && next.primaryKey() != null;
    }

    boolean droppedPrimaryKey() {
        return previous.primaryKey() != null && next.primaryKey() == null;
    }

    /** Alter-column changes ordered like Prisma's: by the column's position in the previous table. */
    List<TableChange> alteredColumns() {
        List<Column[]> pairs = new ArrayList<>(columnPairs());
        pairs.sort(Comparator.comparingInt(p -> previousPosition(p[0])));
        List<TableChange> out = new ArrayList<>();
        for (Column[] p : pairs) {
            ColumnChanges c = changes.get(p[0].name());
            if (!c.differs()) {
                continue;
            }
            if (c.typeChange() == TypeChange.NOT_CASTABLE) {
                out.add(new TableChange.DropAndRecreateColumn(p[0], p[1], c));
            } else {
                out.add(new TableChange.AlterColumn(p[0], p[1], c));
            }
        }
        return out;
    }

    /** Whether a column of the previous primary key is part of an implicit many-to-many table. */
    boolean isImplicitManyToMany(Table table) {
        return table.columns().size() == 2 && table.column("A").isPresent() && table.column("B").isPresent();
    }
}
