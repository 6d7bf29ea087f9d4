package dev.refract.dialect.sql;

import java.util.List;

/** {@code DELETE FROM table [WHERE] [RETURNING]}. */
public record Delete(TableRef table, Expr where, List<String> returning) {
    public Delete {
        returning = List.copyOf(returning);
    }
}
