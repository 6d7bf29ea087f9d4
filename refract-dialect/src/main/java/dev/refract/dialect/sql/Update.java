package dev.refract.dialect.sql;

import java.util.List;

/** {@code UPDATE table SET a = x, ... [WHERE] [RETURNING]}. */
public record Update(TableRef table, List<Assignment> set, Expr where, List<String> returning) {
    public Update {
        set = List.copyOf(set);
        returning = List.copyOf(returning);
    }

    /** {@code column = value}. */
    public record Assignment(String column, Expr value) {
    }
}
