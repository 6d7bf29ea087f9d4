package dev.refract.migrate.diff;

import java.util.List;
import java.util.OptionalLong;

/**
 * One destructive-change check: what it needs to know from the database (row count of a table,
 * non-null values of a column) and the message it yields, worded as Prisma words it. A check
 * yields nothing when the inspection shows no data is at stake.
 */
sealed interface Check {

    /** The table whose rows must be counted, or null. */
    default TableRef rowCountNeeded() {
        return null;
    }

    /** The column whose non-null values must be counted, or null. */
    default ColumnRef valueCountNeeded() {
        return null;
    }

    /** The message, or null when the change is harmless given what the database holds. */
    String evaluate(Inspected results);

    record TableRef(String namespace, String table) {
    }

    record ColumnRef(String namespace, String table, String column) {
        TableRef tableRef() {
            return new TableRef(namespace, table);
        }
    }

    /** Row and value counts gathered so far; empty when unknown. */
    interface Inspected {
        OptionalLong rows(TableRef table);

        OptionalLong values(ColumnRef column);
    }

    // ---- warnings ----

    record DropAndRecreateColumn(String namespace, String table, String column) implements Check {
        public TableRef rowCountNeeded() {
            return new TableRef(namespace, table);
        }

        public ColumnRef valueCountNeeded() {
            return new ColumnRef(namespace, table, column);
        }

        public String evaluate(Inspected r) {
            ColumnRef ref = valueCountNeeded();
            OptionalLong rows = r.rows(ref.tableRef());
            OptionalLong values = r.values(ref);
            if (isZero(rows) || isZero(values)) {
                return null;
            }
            String base = "The `" + column + "` column on the `" + table
                    + "` table would be dropped and recreated. This will lead to data loss";
            return values.isEmpty() ? base + " if there is data in the column." : base + ".";
        }
    }

    record NonEmptyColumnDrop(String namespace, String table, String column) implements Check {
        public ColumnRef valueCountNeeded() {
            return new ColumnRef(namespace, table, column);
        }

        public String evaluate(Inspected r) {
            ColumnRef ref = valueCountNeeded();
            OptionalLong rows = r.rows(ref.tableRef());
            OptionalLong values = r.values(ref);
            if (isZero(rows) || isZero(values)) {
                return null;
            }
            if (values.isPresent()) {
                return "You are about to drop the column `" + column + "` on the `" + table
                        + "` table, which still contains " + values.getAsLong() + " non-null values.";
            }
            return "You are about to drop the column `" + column + "` on the `" + table
                    + "` table. All the data in the column will be lost.";
        }
    }

    record NonEmptyTableDrop(String namespace, String table) implements Check {
        public TableRef rowCountNeeded() {
            return new TableRef(namespace, table);
        }

        public String evaluate(Inspected r) {
            OptionalLong rows = r.rows(rowCountNeeded());
            if (isZero(rows)) {
                return null;
            }
            if (rows.isPresent()) {
                return "You are about to drop the `" + table + "` table, which is not empty (" + rows.getAsLong()
                        + " rows).";
            }
            return "You are about to drop the `" + table
                    + "` table. If the table is not empty, all the data it contains will be lost.";
        }
    }

    record RiskyCast(String namespace, String table, String column, String previousType, String nextType)
            implements Check {
        public ColumnRef valueCountNeeded() {
            return new ColumnRef(namespace, table, column);
        }

        public String evaluate(Inspected r) {
            ColumnRef ref = valueCountNeeded();
            OptionalLong rows = r.rows(ref.tableRef());
            OptionalLong values = r.values(ref);
            if (isZero(rows) || isZero(values)) {
                return null;
            }
            String cast = " The data in that column will be cast from `" + previousType + "` to `" + nextType + "`.";
            if (values.isPresent()) {
                return "You are about to alter the column `" + column + "` on the `" + table + "` table, which contains "
                        + values.getAsLong() + " non-null values." + cast;
            }
            return "You are about to alter the column `" + column + "` on the `" + table
                    + "` table. The data in that column could be lost." + cast;
        }
    }

    record NotCastable(String namespace, String table, String column, String previousType, String nextType)
            implements Check {
        public ColumnRef valueCountNeeded() {
            return new ColumnRef(namespace, table, column);
        }

        public String evaluate(Inspected r) {
            ColumnRef ref = valueCountNeeded();
            OptionalLong rows = r.rows(ref.tableRef());
            OptionalLong values = r.values(ref);
            if (isZero(rows) || isZero(values)) {
                return null;
            }
            String cast = " The data in that column will be cast from `" + previousType + "` to `" + nextType
                    + "`. This cast may fail. Please make sure the data in the column can be cast.";
            if (values.isPresent()) {
                return "You are about to alter the column `" + column + "` on the `" + table + "` table, which contains "
                        + values.getAsLong() + " non-null values." + cast;
            }
            return "You are about to alter the column `" + column + "` on the `" + table + "` table." + cast;
        }
    }

    record PrimaryKeyChange(String namespace, String table) implements Check {
        public TableRef rowCountNeeded() {
            return new TableRef(namespace, table);
        }

        public String evaluate(Inspected r) {
            if (isZero(r.rows(rowCountNeeded()))) {
                return null;
            }
            return "The primary key for the `" + table
                    + "` table will be changed. If it partially fails, the table could be left without primary key constraint.";
        }
    }

    record UniqueConstraintAddition(String table, List<String> columns) implements Check {
        public String evaluate(Inspected r) {
            return "A unique constraint covering the columns `[" + String.join(",", columns) + "]` on the table `"
                    + table + "` will be added. If there are existing duplicate values, this will fail.";
        }
    }

    record EnumValueRemoval(String enumName, List<String> values) implements Check {
        public String evaluate(Inspected r) {
            return "The values [" + String.join(",", values) + "] on the enum `" + enumName
                    + "` will be removed. If these variants are still used in the database, this will fail.";
        }
    }

    // ---- unexecutable steps ----

    record AddedRequiredColumn(String namespace, String table, String column, boolean prismaLevelDefault)
            implements Check {
        public TableRef rowCountNeeded() {
            return new TableRef(namespace, table);
        }

        public String evaluate(Inspected r) {
            OptionalLong rows = r.rows(rowCountNeeded());
            if (isZero(rows)) {
                return null;
            }
            String details = rows.isPresent()
                    ? "There are " + rows.getAsLong() + " rows in this table, it is not possible to execute this step."
                    : "This is not possible if the table is not empty.";
            if (prismaLevelDefault) {
                return "The required column `" + column + "` was added to the `" + table
                        + "` table with a prisma-level default value. " + details
                        + " Please add this column as optional, then populate it before making it required.";
            }
            return "Added the required column `" + column + "` to the `" + table + "` table without a default value. "
                    + details;
        }
    }

    record MadeOptionalFieldRequired(String namespace, String table, String column) implements Check {
        public TableRef rowCountNeeded() {
            return new TableRef(namespace, table);
        }

        public ColumnRef valueCountNeeded() {
            return new ColumnRef(namespace, table, column);
        }

        public String evaluate(Inspected r) {
            OptionalLong rows = r.rows(rowCountNeeded());
            OptionalLong values = r.values(valueCountNeeded());
            if (isZero(rows)) {
                return null;
            }
            if (rows.isPresent() && values.isPresent()) {
                long nulls = rows.getAsLong() - values.getAsLong();
                if (nulls == 0) {
                    return null;
                }
                return "Made the column `" + column + "` on table `" + table + "` required, but there are " + nulls
                        + " existing NULL values.";
            }
            return "Made the column `" + column + "` on table `" + table
                    + "` required. This step will fail if there are existing NULL values in that column.";
        }
    }

    record MadeScalarFieldIntoArrayField(String namespace, String table, String column) implements Check {
        public TableRef rowCountNeeded() {
            return new TableRef(namespace, table);
        }

        public ColumnRef valueCountNeeded() {
            return new ColumnRef(namespace, table, column);
        }

        public String evaluate(Inspected r) {
            OptionalLong rows = r.rows(rowCountNeeded());
            OptionalLong values = r.values(valueCountNeeded());
            if (isZero(rows) || isZero(values)) {
                return null;
            }
            String prefix = "Changed the column `" + column + "` on the `" + table
                    + "` table from a scalar field to a list field. ";
            if (values.isPresent()) {
                return prefix + "There are " + values.getAsLong()
                        + " existing non-null values in that column, this step cannot be executed.";
            }
            return prefix + "If there are non-null values in that column, this step will fail.";
        }
    }

    record DropAndRecreateRequiredColumn(String namespace, String table, String column) implements Check {
        public TableRef rowCountNeeded() {
            return new TableRef(namespace, table);
        }

        public String evaluate(Inspected r) {
            OptionalLong rows = r.rows(rowCountNeeded());
            if (isZero(rows)) {
                return null;
            }
            String prefix = "Changed the type of `" + column + "` on the `" + table
                    + "` table. No cast exists, the column would be dropped and recreated, which cannot be done ";
            return rows.isPresent() ? prefix + "since the column is required and there is data in the table."
                    : prefix + "if there is data, since the column is required.";
        }
    }

    private static boolean isZero(OptionalLong count) {
        return count.isPresent() && count.getAsLong() == 0;
    }
}
