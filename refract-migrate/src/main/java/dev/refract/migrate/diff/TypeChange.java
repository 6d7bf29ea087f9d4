package dev.refract.migrate.diff;

/** How a column's type change can be carried out, as Prisma classifies it per database. */
public enum TypeChange {
    /** The database casts every value without loss. */
    SAFE_CAST,
    /** The database casts, but values may be truncated or the cast may fail: a warning. */
    RISKY_CAST,
    /** No cast exists: the column is dropped and recreated. */
    NOT_CASTABLE
}
