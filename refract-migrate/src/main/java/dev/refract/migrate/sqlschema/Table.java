package dev.refract.migrate.sqlschema;

import java.util.List;
import java.util.Optional;

/**
 * A table: columns in order, primary key, indexes (unique constraints included) and foreign keys.
 * {@code namespace} is the database schema (PostgreSQL) or database (MySQL multi-schema), null for
 * the default one.
 *
 * <p>{@code indexes} holds what a Prisma schema can express and what a differ compares.
 * {@code unmanagedIndexes} holds the indexes it cannot: partial indexes ({@code WHERE ...}) and
 * indexes over expressions. Prisma's migrate neither creates nor drops those (hand-written migration
 * SQL adds them), so they are described for completeness (db pull warns about them) but kept apart.
 */
public record Table(String namespace, String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
        List<ForeignKey> foreignKeys, String comment, List<Index> unmanagedIndexes) {

    public Table {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        unmanagedIndexes = List.copyOf(unmanagedIndexes);
    }

    /** A table without unmanaged indexes (what a calculated schema holds). */
    public Table(String namespace, String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
            List<ForeignKey> foreignKeys, String comment) {
        this(namespace, name, columns, primaryKey, indexes, foreignKeys, comment, List.of());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String constraintName) {
        return foreignKeys.stream().filter(fk -> constraintName.equals(fk.name())).findFirst();
    }
}
