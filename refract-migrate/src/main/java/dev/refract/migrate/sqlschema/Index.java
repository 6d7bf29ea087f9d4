package dev.refract.migrate.sqlschema;

import java.util.List;

/**
 * An index or unique constraint. {@code algorithm} is the access method when not the default
 * ({@code HASH}, {@code GIN}, {@code GIST}, {@code SPGIST}, {@code BRIN}), else null.
 */
public record Index(String name, IndexKind kind, List<IndexColumn> columns, String algorithm) {
    public Index {
        columns = List.copyOf(columns);
    }

    public boolean isUnique() {
        return kind == IndexKind.UNIQUE;
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }
}
