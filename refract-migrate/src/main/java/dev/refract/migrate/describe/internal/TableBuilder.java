package dev.refract.migrate.describe.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Collects one table while catalog rows arrive, then builds it with indexes and keys sorted by name. */
public final class TableBuilder {
    /** Foreign keys by name, unnamed ones (SQLite) last in column order. */
    public static final Comparator<ForeignKey> FOREIGN_KEY_ORDER = Comparator
            .comparing(ForeignKey::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(fk -> String.join("\u0000", fk.columns()))
            .thenComparing(ForeignKey::referencedTable);

    public static final Comparator<Table> TABLE_ORDER = Comparator
            .comparing(Table::namespace, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Table::name);

    private final String namespace;
    private final String name;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Index> unmanagedIndexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private PrimaryKey primaryKey;

    public TableBuilder(String namespace, String name, String comment) {
        this.namespace = namespace;
        this.name = name;
        this.comment = comment;
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public void addColumn(Column column) {
        columns.add(column);
    }

    public void replaceColumn(Column column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column.name())) {
                columns.set(i, column);
                return;
            }
        }
        throw new IllegalArgumentException("no column " + column.name() + " in " + name);
    }

    public PrimaryKey primaryKey() {
        return primaryKey;
    }

    public void primaryKey(PrimaryKey key) {
        this.primaryKey = key;
    }

    /** Adds an index to {@code indexes}, or to {@code unmanagedIndexes} when it is partial or has expressions. */
    public void addIndex(Index index) {
        if (index.isPartial() || index.hasExpressions()) {
            unmanagedIndexes.add(index);
        } else {
            indexes.add(index);
        }
    }

    public void addForeignKey(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
    }

    public Table build() {
        Comparator<Index> byName = Comparator.comparing(Index::name);
        return new Table(namespace, name, columns, primaryKey,
                indexes.stream().sorted(byName).toList(),
                foreignKeys.stream().sorted(FOREIGN_KEY_ORDER).toList(),
                comment,
                unmanagedIndexes.stream().sorted(byName).toList());
    }
}
