package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;

/** Prisma's column arity: a list (PostgreSQL array) has no nullability of its own. */
enum Arity {
    REQUIRED,
    NULLABLE,
    LIST;

    static Arity of(Column column) {
        if (column.type().list()) {
            return LIST;
        }
        return column.nullable() ? NULLABLE : REQUIRED;
    }

    static boolean isRequired(Column column) {
        return of(column) == REQUIRED;
    }
}
