package dev.refract.migrate.render;

import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.MigrationStep;
import dev.refract.migrate.diff.RedefineTable;
import dev.refract.migrate.diff.TableChange;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQLite DDL, spelled as Prisma's SQLite renderer spells it: foreign keys inside CREATE TABLE,
 * a single-column integer primary key as {@code INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT}, and
 * table redefinition between {@code PRAGMA foreign_keys=OFF} and {@code ON}.
 */
final class SqliteRenderer implements StepRenderer {
    private static final String INDENT = "    ";

    @Override
    public List<String> render(MigrationStep step, Migration m) {
        if (step instanceof MigrationStep.CreateTable s) {
            return List.of(createTable(s.table(), q(s.table().name())));
        } else if (step instanceof MigrationStep.DropTable s) {
            return List.of("PRAGMA foreign_keys=off", "DROP TABLE " + q(s.table().name()), "PRAGMA foreign_keys=on");
        } else if (step instanceof MigrationStep.CreateIndex s) {
            return List.of(createIndex(s.table(), s.index()));
        } else if (step instanceof MigrationStep.DropIndex s) {
            return List.of("DROP INDEX " + q(s.index().name()));
        } else if (step instanceof MigrationStep.RedefineIndex s) {
            return List.of("DROP INDEX " + q(s.previous().name()), createIndex(s.nextTable(), s.next()));
        } else if (step instanceof MigrationStep.AlterTable s) {
            List<String> out = new ArrayList<>();
            for (TableChange change : s.changes()) {
                if (change instanceof TableChange.AddColumn add) {
                    out.add("ALTER TABLE " + q(s.previous().name()) + " ADD COLUMN " + column(s.next(), add.column()));
                } else {
                    throw new IllegalStateException("SQLite alters tables only by adding columns: " + change);
                }
            }
            return out;
        } else if (step instanceof MigrationStep.RedefineTables s) {
            return redefineTables(s);
        } else if (step instanceof MigrationStep.CreateSchema || step instanceof MigrationStep.CreateExtension
                || step instanceof MigrationStep.DropExtension || step instanceof MigrationStep.AlterExtension
                || step instanceof MigrationStep.CreateEnum || step instanceof MigrationStep.DropEnum
                || step instanceof MigrationStep.AlterEnum) {
            return List.of();
        }
        throw new IllegalStateException("SQLite cannot render " + step.description());
    }

    static String q(String identifier) {
        return "\"" + identifier + "\"";
    }

    private static String createTable(Table t, String name) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (\n");
        sql.append(t.columns().stream().map(c -> INDENT + column(t, c)).collect(Collectors.joining(",\n")));
        if (t.primaryKey() != null && t.primaryKey().columns().size() > 1) {
            sql.append(",\n\n").append(INDENT).append("PRIMARY KEY (")
                    .append(t.primaryKey().columnNames().stream().map(SqliteRenderer::q)
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        for (ForeignKey fk : t.foreignKeys()) {
            sql.append(",\n").append(INDENT).append(foreignKey(fk));
        }
        return sql.append("\n)").toString();
    }

    private static boolean isSinglePrimaryKey(Table t, Column c) {
        return t.primaryKey() != null && t.primaryKey().columns().size() == 1
                && t.primaryKey().columnNames().get(0).equals(c.name());
    }

    private static String column(Table t, Column c) {
        boolean pk = isSinglePrimaryKey(t, c);
        StringBuilder sql = new StringBuilder(q(c.name())).append(' ').append(columnType(c));
        if (!c.nullable()) {
            sql.append(" NOT NULL");
        }
        if (pk) {
            sql.append(" PRIMARY KEY");
            if (c.type().family() == dev.refract.migrate.sqlschema.ColumnTypeFamily.INT) {
                sql.append(" AUTOINCREMENT");
            }
        }
        String def = defaultValue(c.defaultValue());
        if (def != null) {
            sql.append(" DEFAULT ").append(def);
        }
        return sql.toString();
    }

    /** Prisma renders SQLite types from the column's family, whatever the exact declared type. */
    static String columnType(Column c) {
        return switch (c.type().family()) {
            case BOOLEAN -> "BOOLEAN";
            case DATE_TIME -> "DATETIME";
            case FLOAT -> "REAL";
            case DECIMAL -> "DECIMAL";
            case INT -> "INTEGER";
            case BIG_INT -> "BIGINT";
            case STRING -> "TEXT";
            case BINARY -> "BLOB";
            case JSON -> "JSONB";
            default -> c.type().sqlType();
        };
    }

    static String defaultValue(ColumnDefault value) {
        if (value instanceof ColumnDefault.Value v) {
            return v.sql();
        } else if (value instanceof ColumnDefault.Now) {
            return "CURRENT_TIMESTAMP";
        } else if (value instanceof ColumnDefault.Expression e) {
            return e.sql() == null || e.sql().isBlank() ? null : e.sql();
        }
        return null;
    }

    private static String foreignKey(ForeignKey fk) {
        return (fk.name() == null ? "" : "CONSTRAINT " + q(fk.name()) + " ") + "FOREIGN KEY ("
                + fk.columns().stream().map(SqliteRenderer::q).collect(Collectors.joining(", ")) + ") REFERENCES "
                + q(fk.referencedTable()) + " ("
                + fk.referencedColumns().stream().map(SqliteRenderer::q).collect(Collectors.joining(", "))
                + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    private static String createIndex(Table t, Index index) {
        String sql = "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON "
                + q(t.name()) + "(" + index.columns().stream()
                        .map(c -> q(c.name()) + (c.sort() == null ? "" : " " + c.sort().name()))
                        .collect(Collectors.joining(", "))
                + ")";
        if (index.name().startsWith("sqlite_")) {
            return "Pragma writable_schema=1;\n" + sql + ";\nPragma writable_schema=0";
        }
        return sql;
    }

    private static List<String> redefineTables(MigrationStep.RedefineTables step) {
        List<String> out = new ArrayList<>();
        out.add("PRAGMA defer_foreign_keys=ON");
        out.add("PRAGMA foreign_keys=OFF");
        for (RedefineTable r : step.tables()) {
            String temporary = "new_" + r.next().name();
            out.add(createTable(r.next(), q(temporary)));
            if (!r.columnPairs().isEmpty()) {
                String destination = r.columnPairs().stream().map(p -> q(p.next().name()))
                        .collect(Collectors.joining(", "));
                String source = r.columnPairs().stream().map(p -> {
                    boolean becameRequiredWithDefault = p.changes().arityChanged() && !p.next().nullable()
                            && p.next().defaultValue() != null;
                    if (becameRequiredWithDefault) {
                        return "coalesce(" + q(p.previous().name()) + ", " + defaultValue(p.next().defaultValue())
                                + ") AS " + q(p.previous().name());
                    }
                    return q(p.previous().name());
                }).collect(Collectors.joining(", "));
                out.add("INSERT INTO " + q(temporary) + " (" + destination + ") SELECT " + source + " FROM "
                        + q(r.previous().name()));
            }
            out.add("DROP TABLE " + q(r.previous().name()));
            out.add("ALTER TABLE " + q(temporary) + " RENAME TO " + q(r.next().name()));
            for (Index index : r.next().indexes()) {
                out.add(createIndex(r.next(), index));
            }
        }
        out.add("PRAGMA foreign_keys=ON");
        out.add("PRAGMA defer_foreign_keys=OFF");
        return out;
    }
}
