package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Table;

/**
 * Finds the steps of a migration that can lose data (warnings) or cannot run on existing data
 * (unexecutable), as Prisma's destructive change checker does. Planning needs no database; the
 * plan then asks a {@link DatabaseInspection} for the row and value counts it needs.
 */
final class DestructiveChangeChecker {
    private DestructiveChangeChecker() {
    }

    static CheckPlan plan(Migration migration, DiffFlavour flavour) {
        CheckPlan plan = new CheckPlan();
        for (int i = 0; i < migration.steps().size(); i++) {
            MigrationStep step = migration.steps().get(i);
            if (step instanceof MigrationStep.AlterTable alter) {
                checkAlterTable(alter, migration, flavour, plan, i);
            } else if (step instanceof MigrationStep.RedefineTables redefine) {
                for (RedefineTable table : redefine.tables()) {
                    checkRedefineTable(table, plan, i);
                }
            } else if (step instanceof MigrationStep.DropTable drop) {
                plan.warning(new Check.NonEmptyTableDrop(drop.table().namespace(), drop.table().name()), i);
            } else if (step instanceof MigrationStep.CreateIndex create && !create.onNewTable() && !create.recreated()
                    && create.index().isUnique()) {
                plan.warning(new Check.UniqueConstraintAddition(create.table().name(), create.index().columnNames()),
                        i);
            } else if (step instanceof MigrationStep.AlterEnum alterEnum && !alterEnum.removedValues().isEmpty()) {
                plan.warning(new Check.EnumValueRemoval(alterEnum.next().name(), alterEnum.removedValues()), i);
            }
        }
        return plan;
    }

    private static void checkAlterTable(MigrationStep.AlterTable alter, Migration migration, DiffFlavour flavour,
            CheckPlan plan, int i) {
        Table previous = alter.previous();
        for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.DropColumn drop) {
                plan.warning(new Check.NonEmptyColumnDrop(previous.namespace(), previous.name(), drop.column().name()),
                        i);
            } else if (change instanceof TableChange.AlterColumn column) {
                flavour.checkAlterColumn(column, previous.name(), previous.namespace(), migration, plan, i);
            } else if (change instanceof TableChange.AddColumn add) {
                checkAddColumn(alter.next(), add.column(), add.prismaLevelDefault(), plan, i);
            } else if (change instanceof TableChange.DropPrimaryKey) {
                plan.warning(new Check.PrimaryKeyChange(previous.namespace(), previous.name()), i);
            } else if (change instanceof TableChange.DropAndRecreateColumn recreate) {
                flavour.checkDropAndRecreateColumn(recreate, previous.name(), previous.namespace(), plan, i);
            }
        }
    }

    /** A required column without a default cannot be added to a table that has rows. */
    private static void checkAddColumn(Table table, Column column, boolean prismaLevelDefault, CheckPlan plan,
            int i) {
        if (Arity.isRequired(column) && column.defaultValue() == null) {
            plan.unexecutable(new Check.AddedRequiredColumn(table.namespace(), table.name(), column.name(),
                    prismaLevelDefault), i);
        }
    }

    private static void checkRedefineTable(RedefineTable table, CheckPlan plan, int i) {
        Table previous = table.previous();
        if (table.droppedPrimaryKey()) {
            plan.warning(new Check.PrimaryKeyChange(previous.namespace(), previous.name()), i);
        }
        for (Column added : table.addedColumns()) {
            checkAddColumn(table.next(), added, false, plan, i);
        }
        for (Column dropped : table.droppedColumns()) {
            plan.warning(new Check.NonEmptyColumnDrop(previous.namespace(), previous.name(), dropped.name()), i);
        }
        for (RedefineTable.ColumnPair pair : table.columnPairs()) {
            Column p = pair.previous();
            Column n = pair.next();
            boolean becameRequired = Arity.of(p) == Arity.NULLABLE && Arity.of(n) == Arity.REQUIRED;
            if (!pair.changes().typeChanged() && !becameRequired) {
                continue;
            }
            if (pair.changes().arityChanged() && Arity.isRequired(n) && n.defaultValue() == null) {
                plan.unexecutable(new Check.MadeOptionalFieldRequired(previous.namespace(), previous.name(), p.name()),
                        i);
            }
            TypeChange type = pair.changes().typeChange();
            if (type == TypeChange.RISKY_CAST) {
                plan.warning(new Check.RiskyCast(previous.namespace(), previous.name(), p.name(),
                        familyName(p.type().family()), familyName(n.type().family())), i);
            } else if (type == TypeChange.NOT_CASTABLE) {
                plan.warning(new Check.NotCastable(previous.namespace(), previous.name(), p.name(),
                        familyName(p.type().family()), familyName(n.type().family())), i);
            }
        }
    }

    /** Prisma's debug name of a type family ({@code String}, {@code DateTime}), used where no native type is known. */
    static String familyName(ColumnTypeFamily family) {
        return switch (family) {
            case INT -> "Int";
            case BIG_INT -> "BigInt";
            case FLOAT -> "Float";
            case DECIMAL -> "Decimal";
            case BOOLEAN -> "Boolean";
            case STRING -> "String";
            case DATE_TIME -> "DateTime";
            case BINARY -> "Binary";
            case JSON -> "Json";
            case UUID -> "Uuid";
            case ENUM -> "Enum";
            case UNSUPPORTED -> "Unsupported";
        };
    }
}
