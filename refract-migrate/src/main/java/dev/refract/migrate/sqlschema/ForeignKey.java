package dev.refract.migrate.sqlschema;

import java.util.List;

/** A foreign key constraint from {@code columns} to {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, String referencedNamespace, String referencedTable,
        List<String> referencedColumns, ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
