package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * SQLite: almost nothing can be altered in place, so a table whose primary key, columns (other
 * than added optional ones) or foreign keys change is rebuilt; foreign keys live inside CREATE
 * TABLE and have no names; types are compared by family only.
 */
final class SqliteDiffFlavour implements DiffFlavour {

    @Override
    public boolean canRenameForeignKey() {
        return false;
    }

    @Override
    public boolean canRenameIndex() {
        return false;
    }

    @Override
    public boolean canRedefineTablesWithInboundForeignKeys() {
        return true;
    }

    @Override
    public boolean hasUnnamedForeignKeys() {
        return true;
    }

    @Override
    public boolean autoincrementChanged(Column previous, Column next) {
        return false;
    }

    @Override
    public boolean dropsIndexesOfDroppedTables() {
        return true;
    }

    @Override
    public boolean dropsForeignKeysOfDroppedTables() {
        return false;
    }

    @Override
    public boolean addsForeignKeysOfCreatedTables() {
        return false;
    }

    @Override
    public boolean ignoresTable(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).equals("spatial_ref_sys")
                || name.toLowerCase(java.util.Locale.ROOT).startsWith("geometry_columns");
    }

    @Override
    public TypeChange typeChange(Column previous, Column next) {
        if (previous.type().family() == next.type().family()) {
            return null;
        }
        return next.type().family() == dev.refract.migrate.sqlschema.ColumnTypeFamily.STRING ? TypeChange.SAFE_CAST
                : TypeChange.RISKY_CAST;
    }

    @Override
    public Set<String> tablesToRedefine(SchemaDiffer.Context context) {
        Set<String> out = new LinkedHashSet<>();
        for (TablePair pair : context.pairs.values()) {
            if (pair.createdPrimaryKey() || pair.droppedPrimaryKey() || pair.primaryKeyChanged()
                    || !pair.droppedColumns().isEmpty()
                    || pair.addedColumns().stream().anyMatch(Arity::isRequired)
                    || pair.anyColumnChanged()
                    || !pair.createdForeignKeys().isEmpty() || !pair.droppedForeignKeys().isEmpty()) {
                out.add(SchemaDiffer.Context.key(pair.previous));
            }
        }
        return out;
    }

    @Override
    public String displayType(Column column, SqlSchema schema) {
        return DestructiveChangeChecker.familyName(column.type().family());
    }

    @Override
    public void checkAlterColumn(TableChange.AlterColumn change, String table, String namespace, Migration migration,
            CheckPlan plan, int stepIndex) {
        Column previous = change.previous();
        Column next = change.next();
        boolean becameRequired = Arity.of(previous) == Arity.NULLABLE && Arity.of(next) == Arity.REQUIRED;
        if (!change.changes().typeChanged() && !becameRequired) {
            return;
        }
        if (change.changes().arityChanged() && Arity.isRequired(next) && next.defaultValue() == null) {
            plan.unexecutable(new Check.MadeOptionalFieldRequired(namespace, table, previous.name()), stepIndex);
        }
        if (change.changes().typeChange() == TypeChange.RISKY_CAST) {
            plan.warning(new Check.RiskyCast(null, table, previous.name(), displayType(previous, migration.from()),
                    displayType(next, migration.to())), stepIndex);
        }
    }
}
