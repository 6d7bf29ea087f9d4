package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.Table;
import java.util.List;

/**
 * A table rebuilt from scratch (SQLite, which can alter almost nothing in place): created under a
 * temporary name, filled from the old one, which is dropped, then renamed. {@code columnPairs}
 * are the columns kept, by name order, with what changed in each.
 */
public record RedefineTable(Table previous, Table next, boolean droppedPrimaryKey, List<Column> addedColumns,
        List<Column> droppedColumns, List<ColumnPair> columnPairs) {

    public RedefineTable {
        addedColumns = List.copyOf(addedColumns);
        droppedColumns = List.copyOf(droppedColumns);
        columnPairs = List.copyOf(columnPairs);
    }

    /** A column present before and after, and how it changed. */
    public record ColumnPair(Column previous, Column next, ColumnChanges changes) {
    }
}
