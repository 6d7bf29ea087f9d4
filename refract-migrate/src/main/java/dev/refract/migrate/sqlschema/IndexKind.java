package dev.refract.migrate.sqlschema;

/** What an index is for. */
public enum IndexKind {
    NORMAL,
    UNIQUE,
    FULLTEXT
}
