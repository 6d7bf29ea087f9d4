package dev.refract.migrate.sqlschema;

import java.util.List;

/** A primary key constraint; {@code name} is null where the database does not name it (SQLite, MySQL). */
public record PrimaryKey(String name, List<IndexColumn> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }
}
