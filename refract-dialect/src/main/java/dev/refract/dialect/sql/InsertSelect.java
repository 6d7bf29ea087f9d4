package dev.refract.dialect.sql;

import java.util.List;

/**
 * {@code INSERT INTO table (columns) SELECT ...}: rows made from the rows a query finds, in one
 * statement (linking a new record to the records a set of conditions finds, say). With
 * {@code skipConflicts}, rows that would violate a unique constraint are left out
 * ({@code ON CONFLICT DO NOTHING} / {@code INSERT IGNORE}). The update count says how many rows went in.
 */
public record InsertSelect(TableRef table, List<String> columns, Select source, boolean skipConflicts) {
    public InsertSelect {
        columns = List.copyOf(columns);
        if (columns.size() != source.items().size()) {
            throw new IllegalArgumentException("the query selects " + source.items().size() + " values for " + columns.size()
                    + " columns");
        }
    }
}
