package dev.refract.migrate.sqlschema;

/**
 * A column of an index or key: sort (null = the database default, ascending), prefix length (MySQL),
 * operator class (PostgreSQL; null when it is the default class for the column type and access
 * method, so that {@code ("tags" array_ops)} on a GIN index over {@code TEXT[]} reads as null).
 * {@code expression} is set, and {@code name} is null, for an expression column such as
 * {@code lower("email")}; such indexes only appear in {@link Table#unmanagedIndexes()}.
 */
public record IndexColumn(String name, SortOrder sort, Integer length, String operatorClass, String expression) {

    /** A plain table column. */
    public IndexColumn(String name, SortOrder sort, Integer length, String operatorClass) {
        this(name, sort, length, operatorClass, null);
    }

    public static IndexColumn of(String name) {
        return new IndexColumn(name, null, null, null, null);
    }

    /** An expression column, as the database prints it. */
    public static IndexColumn ofExpression(String expression, SortOrder sort) {
        return new IndexColumn(null, sort, null, null, expression);
    }

    public boolean isExpression() {
        return expression != null;
    }
}
