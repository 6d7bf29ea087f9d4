package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.Table;
import java.util.List;

/**
 * One step of a migration, as Prisma's differ emits them. Steps hold the schema objects they act
 * on (tables, columns, indexes of the "from" or "to" schema), so a renderer needs nothing else.
 * {@link #description()} is the comment Prisma writes above the step's SQL ({@code -- CreateTable}).
 */
public sealed interface MigrationStep {

    String description();

    /** {@code CREATE SCHEMA IF NOT EXISTS} for a namespace only the target has. */
    record CreateSchema(String namespace) implements MigrationStep {
        public String description() {
            return "CreateSchema";
        }
    }

    record DropExtension(Extension extension) implements MigrationStep {
        public String description() {
            return "DropExtension";
        }
    }

    record CreateExtension(Extension extension) implements MigrationStep {
        public String description() {
            return "CreateExtension";
        }
    }

    /** A new version ({@code versionChanged}) and/or schema ({@code schemaChanged}) for an installed extension. */
    record AlterExtension(Extension previous, Extension next, boolean versionChanged, boolean schemaChanged)
            implements MigrationStep {
        public String description() {
            return "AlterExtension";
        }
    }

    record CreateEnum(SqlEnum sqlEnum) implements MigrationStep {
        public String description() {
            return "CreateEnum";
        }
    }

    /**
     * Values added to and/or removed from an enum. {@code defaultUsages} are the columns whose
     * default uses the old type: they are dropped around the type swap and restored when the
     * column still has an enum default afterwards.
     */
    record AlterEnum(SqlEnum previous, SqlEnum next, List<String> addedValues, List<String> removedValues,
            List<EnumDefaultUsage> defaultUsages) implements MigrationStep {
        public AlterEnum {
            addedValues = List.copyOf(addedValues);
            removedValues = List.copyOf(removedValues);
            defaultUsages = List.copyOf(defaultUsages);
        }

        public String description() {
            return "AlterEnum";
        }
    }

    /** A column of {@code table} (from schema) with an enum default; {@code next} is the column afterwards, or null. */
    record EnumDefaultUsage(Table table, Column previous, Table nextTable, Column next) {
    }

    record DropEnum(SqlEnum sqlEnum) implements MigrationStep {
        public String description() {
            return "DropEnum";
        }
    }

    record DropForeignKey(Table table, ForeignKey foreignKey) implements MigrationStep {
        public String description() {
            return "DropForeignKey";
        }
    }

    record DropIndex(Table table, Index index) implements MigrationStep {
        public String description() {
            return "DropIndex";
        }
    }

    /** Column and primary-key changes of one table that exists in both schemas. */
    record AlterTable(Table previous, Table next, List<TableChange> changes) implements MigrationStep {
        public AlterTable {
            changes = List.copyOf(changes);
        }

        public String description() {
            return "AlterTable";
        }
    }

    record DropTable(Table table) implements MigrationStep {
        public String description() {
            return "DropTable";
        }
    }

    record CreateTable(Table table) implements MigrationStep {
        public String description() {
            return "CreateTable";
        }
    }

    /** SQLite: the tables rebuilt in one block between {@code PRAGMA foreign_keys=OFF/ON}. */
    record RedefineTables(List<RedefineTable> tables) implements MigrationStep {
        public RedefineTables {
            tables = List.copyOf(tables);
        }

        public String description() {
            return "RedefineTables";
        }
    }

    /**
     * An index or unique constraint on {@code table} (to schema). {@code onNewTable} for indexes
     * of created tables; {@code recreated} when it comes back after its column was dropped and
     * recreated (no new-unique warning then).
     */
    record CreateIndex(Table table, Index index, boolean onNewTable, boolean recreated) implements MigrationStep {
        public String description() {
            return "CreateIndex";
        }
    }

    record RenameForeignKey(Table table, ForeignKey previous, ForeignKey next) implements MigrationStep {
        public String description() {
            return "RenameForeignKey";
        }
    }

    record AddForeignKey(Table table, ForeignKey foreignKey) implements MigrationStep {
        public String description() {
            return "AddForeignKey";
        }
    }

    record RenameIndex(Table table, Index previous, Index next) implements MigrationStep {
        public String description() {
            return "RenameIndex";
        }
    }

    /** A renamed index on a database that cannot rename indexes: dropped and created again. */
    record RedefineIndex(Table previousTable, Table nextTable, Index previous, Index next) implements MigrationStep {
        public String description() {
            return "RedefineIndex";
        }
    }
}
