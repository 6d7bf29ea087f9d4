package dev.refract.migrate.sqlschema;

import java.util.List;
import java.util.Optional;

/**
 * A table: columns in order, primary key, indexes (unique constraints included) and foreign keys.
 * {@code namespace} is the database schema (PostgreSQL) or database (MySQL multi-schema), null for
 * the default one.
 */
public record Table(String namespace, String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
        List<ForeignKey> foreignKeys, String comment) {

    public Table {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }
}
