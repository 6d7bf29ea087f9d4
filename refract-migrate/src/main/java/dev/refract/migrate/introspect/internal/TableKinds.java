package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.Table;
import java.util.List;
import java.util.Set;

/** Tables introspection treats specially: Prisma's implicit many-to-many join tables, and its own bookkeeping tables. */
final class TableKinds {
    private TableKinds() {
    }

    /**
     * A Prisma join table {@code _Name}: two foreign keys from columns A and B (A pointing to the table
     * whose name sorts first), a unique index on (A, B) or, where allowed, a primary key on (A, B),
     * and an index on B.
     */
    static boolean isJoinTable(Table table, boolean primaryKeyAllowed) {
        if (!table.name().startsWith("_") || table.foreignKeys().size() != 2) {
            return false;
        }
        boolean uniqueAB = table.indexes().stream()
                .anyMatch(i -> i.kind() == IndexKind.UNIQUE && isAB(i.columnNames()));
        PrimaryKey pk = table.primaryKey();
        boolean primaryKeyAB = primaryKeyAllowed && pk != null && isAB(pk.columnNames());
        if (!uniqueAB && !primaryKeyAB) {
            return false;
        }
        boolean indexB = table.indexes().stream().anyMatch(i -> i.kind() == IndexKind.NORMAL
                && i.columns().size() == 1 && isColumn(i.columnNames().get(0), "b"));
        if (!indexB) {
            return false;
        }
        ForeignKey first = table.foreignKeys().get(0);
        ForeignKey second = table.foreignKeys().get(1);
        String firstColumn = first.columns().get(0);
        String secondColumn = second.columns().get(0);
        int order = first.referencedTable().compareTo(second.referencedTable());
        return order <= 0 && isColumn(firstColumn, "a") && isColumn(secondColumn, "b")
                || order >= 0 && isColumn(firstColumn, "b") && isColumn(secondColumn, "a");
    }

    private static boolean isAB(List<String> columns) {
        return columns.size() == 2 && isColumn(columns.get(0), "a") && isColumn(columns.get(1), "b");
    }

    private static boolean isColumn(String column, String name) {
        return column != null && column.equalsIgnoreCase(name);
    }

    /** The foreign key of a join table on its column A. */
    static ForeignKey foreignKeyA(Table joinTable) {
        ForeignKey first = joinTable.foreignKeys().get(0);
        return isColumn(first.columns().get(0), "a") ? first : joinTable.foreignKeys().get(1);
    }

    static ForeignKey foreignKeyB(Table joinTable) {
        ForeignKey a = foreignKeyA(joinTable);
        return joinTable.foreignKeys().get(0) == a ? joinTable.foreignKeys().get(1) : joinTable.foreignKeys().get(0);
    }

    private static final Set<String> OLD_MIGRATION_COLUMNS = Set.of("revision", "name", "datamodel", "status",
            "applied", "rolled_back", "datamodel_steps", "database_migration", "errors", "started_at", "finished_at");

    /** Prisma 1's {@code _Migration} and {@code _RelayId} tables, and Prisma's own {@code _prisma_migrations}. */
    static boolean isPrismaBookkeeping(Table table) {
        List<String> columns = table.columns().stream().map(Column::name).toList();
        return switch (table.name()) {
            case "_Migration" -> columns.containsAll(OLD_MIGRATION_COLUMNS);
            case "_RelayId" -> columns.contains("id")
                    && columns.stream().anyMatch(c -> c.equalsIgnoreCase("stablemodelidentifier"));
            case "_prisma_migrations" -> columns.containsAll(List.of("id", "checksum", "finished_at", "migration_name",
                    "logs", "rolled_back_at", "started_at", "applied_steps_count"));
            default -> false;
        };
    }

    /**
     * Whether a client can identify a row: a primary key, or a unique index whose columns are all
     * required and of supported types.
     */
    static boolean hasUsableIdentifier(Table table) {
        if (table.primaryKey() != null && usable(table, table.primaryKey().columnNames())) {
            return true;
        }
        for (Index index : table.indexes()) {
            if (index.isUnique() && usable(table, index.columnNames())) {
                return true;
            }
        }
        return false;
    }

    private static boolean usable(Table table, List<String> columns) {
        for (String name : columns) {
            Column column = name == null ? null : table.column(name).orElse(null);
            if (column == null || column.nullable() || column.type().family() == ColumnTypeFamily.UNSUPPORTED) {
                return false;
            }
        }
        return true;
    }
}
