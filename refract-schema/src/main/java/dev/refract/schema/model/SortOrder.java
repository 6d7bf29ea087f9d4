package dev.refract.schema.model;

/** Sort order of an index column. */
public enum SortOrder {
    ASC,
    DESC
}
