package dev.refract.migrate.diff;

/** One facet in which a column differs between the two schemas; several can change at once. */
public enum ColumnChange {
    /** Nullability or list-ness. */
    ARITY,
    DEFAULT,
    TYPE,
    AUTOINCREMENT
}
