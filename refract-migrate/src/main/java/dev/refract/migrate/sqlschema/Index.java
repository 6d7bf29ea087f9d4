package dev.refract.migrate.sqlschema;

import java.util.List;

/**
 * An index or unique constraint. {@code algorithm} is the access method when not the default
 * ({@code HASH}, {@code GIN}, {@code GIST}, {@code SPGIST}, {@code BRIN}; MySQL {@code HASH},
 * {@code SPATIAL}), else null. {@code predicate} is the {@code WHERE} clause of a partial index as the
 * database prints it, null for an index over the whole table.
 *
 * <p>Partial indexes and indexes with expression columns cannot be written in a Prisma schema; a
 * describer puts them in {@link Table#unmanagedIndexes()}, never in {@link Table#indexes()}.
 */
public record Index(String name, IndexKind kind, List<IndexColumn> columns, String algorithm, String predicate) {
    public Index {
        columns = List.copyOf(columns);
    }

    /** An index over the whole table. */
    public Index(String name, IndexKind kind, List<IndexColumn> columns, String algorithm) {
        this(name, kind, columns, algorithm, null);
    }

    public boolean isUnique() {
        return kind == IndexKind.UNIQUE;
    }

    /** True when the index has a {@code WHERE} predicate. */
    public boolean isPartial() {
        return predicate != null;
    }

    /** True when a column of the index is an expression rather than a table column. */
    public boolean hasExpressions() {
        return columns.stream().anyMatch(IndexColumn::isExpression);
    }

    /** The column names in index order; an expression column contributes null. */
    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }
}
