package dev.refract.migrate.sqlschema;

/** Sort order of an index column; null in {@link IndexColumn} means the database default (ascending). */
public enum SortOrder {
    ASC,
    DESC
}
