package dev.refract.migrate.introspect.internal;

import java.util.List;

/**
 * An enum as the database has it: a PostgreSQL enum type, or the inline {@code ENUM(...)} of one
 * MySQL column, which Prisma names {@code <table>_<column>}; {@code table} and {@code column} are
 * set for the latter only.
 */
public record DbEnum(String namespace, String name, List<String> values, String table, String column) {
    public DbEnum {
        values = List.copyOf(values);
    }

    /** An enum type of its own. */
    public DbEnum(String namespace, String name, List<String> values) {
        this(namespace, name, values, null, null);
    }

    /** Whether the enum is the inline type of one column. */
    public boolean isColumnEnum() {
        return table != null;
    }
}
