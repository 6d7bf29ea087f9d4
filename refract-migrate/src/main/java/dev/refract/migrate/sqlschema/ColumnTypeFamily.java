package dev.refract.migrate.sqlschema;

/** The Prisma scalar a column maps to (or ENUM / UNSUPPORTED), independent of its exact SQL type. */
public enum ColumnTypeFamily {
    INT,
    BIG_INT,
    FLOAT,
    DECIMAL,
    BOOLEAN,
    STRING,
    DATE_TIME,
    BINARY,
    JSON,
    UUID,
    ENUM,
    UNSUPPORTED
}
