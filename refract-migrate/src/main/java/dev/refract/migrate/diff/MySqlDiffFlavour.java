package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.util.List;

/**
 * MySQL and MariaDB: enums live on their columns, foreign keys cannot be renamed, indexes of new
 * tables go inside CREATE TABLE, and an index a foreign key relies on cannot simply be dropped.
 * MariaDB cannot rename indexes (Prisma recreates them) and stores JSON as LONGTEXT.
 */
final class MySqlDiffFlavour implements DiffFlavour {
    private final boolean mariaDb;

    MySqlDiffFlavour(boolean mariaDb) {
        this.mariaDb = mariaDb;
    }

    @Override
    public boolean canRenameForeignKey() {
        return false;
    }

    @Override
    public boolean canRenameIndex() {
        return !mariaDb;
    }

    @Override
    public boolean canCopeWithForeignKeyColumnBecomingNonNullable() {
        return false;
    }

    @Override
    public boolean createsIndexesOfCreatedTables() {
        return false;
    }

    @Override
    public boolean ignoresJsonDefaults() {
        return true;
    }

    @Override
    public boolean recreatesForeignKeysCoveredByDroppedIndexes() {
        return true;
    }

    @Override
    public TypeChange typeChange(Column previous, Column next) {
        MySqlType p = MySqlType.of(previous.type().sqlType());
        MySqlType n = MySqlType.of(next.type().sqlType());
        if (mariaDb) {
            if (p != null && n != null) {
                if (p.kind() == MySqlType.Kind.LongText && n.kind() == MySqlType.Kind.Json) {
                    return null;
                }
            } else if (previous.type().family() == ColumnTypeFamily.STRING
                    && next.type().family() == ColumnTypeFamily.JSON) {
                return null;
            }
        }
        boolean prevEnum = previous.type().family() == ColumnTypeFamily.ENUM;
        boolean nextEnum = next.type().family() == ColumnTypeFamily.ENUM;
        if (prevEnum && nextEnum) {
            List<String> a = NativeType.enumValues(previous.type().sqlType());
            List<String> b = NativeType.enumValues(next.type().sqlType());
            if (a.equals(b)) {
                return null;
            }
            return b.containsAll(a) ? TypeChange.SAFE_CAST : TypeChange.RISKY_CAST;
        }
        if (prevEnum || nextEnum) {
            return TypeChange.RISKY_CAST;
        }
        if (p != null && n != null) {
            return p.changeTo(n);
        }
        return null;
    }

    @Override
    public String displayType(Column column, SqlSchema schema) {
        if (column.type().family() == ColumnTypeFamily.ENUM) {
            return "Enum(EnumId(" + enumId(column, schema) + "))";
        }
        MySqlType type = MySqlType.of(column.type().sqlType());
        return type == null ? DestructiveChangeChecker.familyName(column.type().family()) : type.display();
    }

    /** MySQL enums have no schema-level identity here: number them by first use, table by table. */
    private static int enumId(Column column, SqlSchema schema) {
        List<String> values = NativeType.enumValues(column.type().sqlType());
        for (int i = 0; i < schema.enums().size(); i++) {
            if (schema.enums().get(i).values().equals(values)) {
                return i;
            }
        }
        int id = 0;
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                if (c == column) {
                    return id;
                }
                if (c.type().family() == ColumnTypeFamily.ENUM) {
                    id++;
                }
            }
        }
        return id;
    }

    @Override
    public void checkAlterColumn(TableChange.AlterColumn change, String table, String namespace, Migration migration,
            CheckPlan plan, int stepIndex) {
        ColumnChanges changes = change.changes();
        if (changes.onlyDefaultChanged()) {
            return;
        }
        if (changes.arityChanged() && Arity.isRequired(change.next())) {
            plan.unexecutable(new Check.MadeOptionalFieldRequired(namespace, table, change.previous().name()),
                    stepIndex);
            return;
        }
        if (changes.onlyTypeChanged() && change.previous().type().family() == ColumnTypeFamily.ENUM
                && change.next().type().family() == ColumnTypeFamily.ENUM) {
            List<String> next = NativeType.enumValues(change.next().type().sqlType());
            List<String> removed = NativeType.enumValues(change.previous().type().sqlType()).stream()
                    .filter(v -> !next.contains(v)).toList();
            if (!removed.isEmpty()) {
                plan.warning(new Check.EnumValueRemoval(enumName(change, table), removed), stepIndex);
            }
            return;
        }
        String previousType = displayType(change.previous(), migration.from());
        String nextType = displayType(change.next(), migration.to());
        if (changes.typeChange() == TypeChange.RISKY_CAST) {
            plan.warning(new Check.RiskyCast(null, table, change.previous().name(), previousType, nextType), stepIndex);
        } else if (changes.typeChange() == TypeChange.NOT_CASTABLE) {
            plan.warning(new Check.NotCastable(null, table, change.previous().name(), previousType, nextType),
                    stepIndex);
        }
    }

    /** The name Prisma's MySQL describer gives a column's enum: {@code <table>_<column>}. */
    private static String enumName(TableChange.AlterColumn change, String table) {
        return table + "_" + change.next().name();
    }
}
