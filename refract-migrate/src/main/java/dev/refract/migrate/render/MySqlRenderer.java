package dev.refract.migrate.render;

import dev.refract.migrate.diff.ColumnChanges;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.MigrationStep;
import dev.refract.migrate.diff.TableChange;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** MySQL and MariaDB DDL, spelled as Prisma's MySQL renderer spells it. */
final class MySqlRenderer implements StepRenderer {
    private static final String INDENT = "    ";

    @Override
    public List<String> render(MigrationStep step, Migration m) {
        if (step instanceof MigrationStep.DropForeignKey s) {
            return List.of("ALTER TABLE " + q(s.table().name()) + " DROP FOREIGN KEY " + q(s.foreignKey().name()));
        } else if (step instanceof MigrationStep.DropIndex s) {
            return List.of(dropIndex(s.table(), s.index()));
        } else if (step instanceof MigrationStep.AlterTable s) {
            return alterTable(s);
        } else if (step instanceof MigrationStep.DropTable s) {
            return List.of("DROP TABLE " + q(s.table().name()));
        } else if (step instanceof MigrationStep.CreateTable s) {
            return List.of(createTable(s.table()));
        } else if (step instanceof MigrationStep.CreateIndex s) {
            return List.of(createIndex(s.table(), s.index()));
        } else if (step instanceof MigrationStep.AddForeignKey s) {
            return List.of(addForeignKey(s.table(), s.foreignKey()));
        } else if (step instanceof MigrationStep.RenameIndex s) {
            return List.of("ALTER TABLE " + q(s.table().name()) + " RENAME INDEX " + q(s.previous().name()) + " TO "
                    + q(s.next().name()));
        } else if (step instanceof MigrationStep.RedefineIndex s) {
            // create first: a foreign key may rely on the old index until the new one exists
            return List.of(createIndex(s.nextTable(), s.next()), dropIndex(s.previousTable(), s.previous()));
        } else if (step instanceof MigrationStep.CreateSchema || step instanceof MigrationStep.CreateExtension
                || step instanceof MigrationStep.DropExtension || step instanceof MigrationStep.AlterExtension
                || step instanceof MigrationStep.CreateEnum || step instanceof MigrationStep.DropEnum
                || step instanceof MigrationStep.AlterEnum) {
            return List.of(); // enums live on columns; no schemas or extensions on MySQL
        }
        throw new IllegalStateException("MySQL cannot render " + step.description());
    }

    static String q(String identifier) {
        return "`" + identifier + "`";
    }

    private static String createTable(Table t) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(q(t.name())).append(" (\n");
        sql.append(t.columns().stream().map(c -> INDENT + column(c)).collect(Collectors.joining(",\n")));
        boolean pk = t.primaryKey() != null && !t.primaryKey().columns().isEmpty();
        if (!t.indexes().isEmpty() || pk) {
            sql.append(",\n\n");
        }
        sql.append(t.indexes().stream().map(i -> INDENT + indexClause(i)).collect(Collectors.joining(",\n")));
        if (pk) {
            if (!t.indexes().isEmpty()) {
                sql.append(",\n");
            }
            sql.append(INDENT).append("PRIMARY KEY (").append(indexColumns(t.primaryKey().columns())).append(')');
        }
        return sql.append("\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci").toString();
    }

    private static String indexClause(Index index) {
        return kindPrefix(index) + "INDEX " + q(index.name()) + "(" + indexColumns(index.columns()) + ")";
    }

    private static String kindPrefix(Index index) {
        return index.kind() == IndexKind.UNIQUE ? "UNIQUE " : index.kind() == IndexKind.FULLTEXT ? "FULLTEXT " : "";
    }

    private static String indexColumns(List<IndexColumn> columns) {
        return columns.stream().map(c -> q(c.name()) + (c.length() == null ? "" : "(" + c.length() + ")")
                + (c.sort() == null ? "" : " " + c.sort().name())).collect(Collectors.joining(", "));
    }

    private static String column(Column c) {
        StringBuilder sql = new StringBuilder(q(c.name())).append(' ').append(columnType(c));
        sql.append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.autoIncrement()) {
            sql.append(" AUTO_INCREMENT");
        }
        ColumnDefault def = c.defaultValue();
        boolean skip = def == null || def instanceof ColumnDefault.Sequence || isEmptyExpression(def)
                || c.type().family() == ColumnTypeFamily.JSON
                || (c.type().family() == ColumnTypeFamily.BINARY && !(def instanceof ColumnDefault.Expression));
        if (!skip) {
            sql.append(" DEFAULT ").append(defaultValue(c, def));
        }
        return sql.toString();
    }

    private static boolean isEmptyExpression(ColumnDefault def) {
        return def instanceof ColumnDefault.Expression e && (e.sql() == null || e.sql().isBlank());
    }

    /** Prisma's spelling of a MySQL type: {@code INTEGER}, {@code DECIMAL(65, 30)}, {@code ENUM('A', 'B')}. */
    static String columnType(Column c) {
        String sqlType = c.type().sqlType();
        if (c.type().family() == ColumnTypeFamily.ENUM) {
            return "ENUM(" + enumValues(sqlType).stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "))
                    + ")";
        }
        if (c.type().family() == ColumnTypeFamily.UNSUPPORTED) {
            return sqlType;
        }
        String upper = sqlType.trim().toUpperCase(Locale.ROOT);
        int paren = upper.indexOf('(');
        String name = (paren < 0 ? upper : upper.substring(0, paren)).trim();
        String args = paren < 0 ? "" : upper.substring(paren + 1, upper.lastIndexOf(')')).replaceAll("\\s", "");
        String rest = paren < 0 ? "" : upper.substring(upper.lastIndexOf(')') + 1).trim();
        if (paren < 0 && name.endsWith(" UNSIGNED")) {
            rest = "UNSIGNED";
            name = name.substring(0, name.length() - " UNSIGNED".length());
        }
        String suffix = rest.isEmpty() ? "" : " " + rest;
        return switch (name) {
            case "INT", "INTEGER" -> "INTEGER" + suffix;
            case "TINYINT" -> c.type().family() == ColumnTypeFamily.BOOLEAN ? "BOOLEAN" : "TINYINT" + suffix;
            case "DECIMAL", "NUMERIC" -> args.isEmpty() ? "DECIMAL" : "DECIMAL(" + args.replace(",", ", ") + ")";
            default -> sqlType.trim();
        };
    }

    static List<String> enumValues(String sqlType) {
        List<String> values = new ArrayList<>();
        int i = sqlType.indexOf('(');
        StringBuilder current = null;
        for (i = i + 1; i > 0 && i < sqlType.length(); i++) {
            char ch = sqlType.charAt(i);
            if (current == null) {
                if (ch == '\'') {
                    current = new StringBuilder();
                } else if (ch == ')') {
                    break;
                }
            } else if (ch == '\'' && i + 1 < sqlType.length() && sqlType.charAt(i + 1) == '\'') {
                current.append("''");
                i++;
            } else if (ch == '\'') {
                values.add(current.toString());
                current = null;
            } else {
                current.append(ch);
            }
        }
        return values;
    }

    private static String defaultValue(Column c, ColumnDefault def) {
        if (def instanceof ColumnDefault.Value v) {
            return v.sql();
        } else if (def instanceof ColumnDefault.Now) {
            return "CURRENT_TIMESTAMP(" + timePrecision(c) + ")";
        } else if (def instanceof ColumnDefault.Expression e) {
            return e.sql();
        }
        return "";
    }

    private static int timePrecision(Column c) {
        String t = c.type().sqlType();
        int open = t.indexOf('(');
        if (open >= 0) {
            try {
                return Integer.parseInt(t.substring(open + 1, t.indexOf(')', open)).trim());
            } catch (RuntimeException e) {
                return 3;
            }
        }
        return 3;
    }

    private static List<String> alterTable(MigrationStep.AlterTable step) {
        List<String> lines = new ArrayList<>();
        for (TableChange change : step.changes()) {
            if (change instanceof TableChange.DropPrimaryKey) {
                lines.add("DROP PRIMARY KEY");
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                throw new IllegalStateException("MySQL primary keys have no names to rename");
            } else if (change instanceof TableChange.AddPrimaryKey) {
                lines.add("ADD PRIMARY KEY (" + indexColumns(step.next().primaryKey().columns()) + ")");
            } else if (change instanceof TableChange.AddColumn add) {
                lines.add("ADD COLUMN " + column(add.column()));
            } else if (change instanceof TableChange.DropColumn drop) {
                lines.add("DROP COLUMN " + q(drop.column().name()));
            } else if (change instanceof TableChange.AlterColumn alter) {
                lines.add(alterColumn(alter.previous(), alter.next(), alter.changes()));
            } else if (change instanceof TableChange.DropAndRecreateColumn recreate) {
                lines.add("DROP COLUMN " + q(recreate.previous().name()));
                lines.add("ADD COLUMN " + column(recreate.next()));
            }
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of("ALTER TABLE " + q(step.previous().name()) + " " + String.join(",\n    ", lines));
    }

    /** MODIFY rather than SET DEFAULT: MySQL cannot set expression defaults otherwise. */
    private static String alterColumn(Column previous, Column next, ColumnChanges changes) {
        if (changes.onlyDefaultChanged() && next.defaultValue() == null) {
            return "ALTER COLUMN " + q(previous.name()) + " DROP DEFAULT";
        }
        ColumnDefault def = next.defaultValue();
        if (previous.defaultValue() instanceof ColumnDefault.Expression p && !isEmptyExpression(p)
                && def instanceof ColumnDefault.Expression && isEmptyExpression(def)) {
            def = p; // dbgenerated() keeps what the database has
        }
        StringBuilder sql = new StringBuilder("MODIFY ").append(q(next.name())).append(' ').append(columnType(next));
        sql.append(next.nullable() ? " NULL" : " NOT NULL");
        if (def != null && !isEmptyExpression(def) && !(def instanceof ColumnDefault.Sequence)) {
            String rendered = defaultValue(next, def);
            if (!rendered.isEmpty()) {
                sql.append(" DEFAULT ").append(rendered);
            }
        }
        if (next.autoIncrement()) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.toString();
    }

    private static String createIndex(Table t, Index index) {
        return "CREATE " + kindPrefix(index) + "INDEX " + q(index.name()) + " ON " + q(t.name()) + "("
                + indexColumns(index.columns()) + ")";
    }

    private static String dropIndex(Table t, Index index) {
        return "DROP INDEX " + q(index.name()) + " ON " + q(t.name());
    }

    private static String addForeignKey(Table t, ForeignKey fk) {
        return "ALTER TABLE " + q(t.name()) + " ADD " + (fk.name() == null ? "" : "CONSTRAINT " + q(fk.name()) + " ")
                + "FOREIGN KEY (" + fk.columns().stream().map(MySqlRenderer::q).collect(Collectors.joining(", "))
                + ") REFERENCES " + q(fk.referencedTable()) + "("
                + fk.referencedColumns().stream().map(MySqlRenderer::q).collect(Collectors.joining(", "))
                + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }
}
