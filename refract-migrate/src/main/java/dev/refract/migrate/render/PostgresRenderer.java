package dev.refract.migrate.render;

import dev.refract.migrate.diff.ColumnChange;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.MigrationStep;
import dev.refract.migrate.diff.TableChange;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** PostgreSQL DDL, spelled as Prisma's PostgreSQL renderer spells it. */
final class PostgresRenderer implements StepRenderer {
    private static final String INDENT = "    ";

    @Override
    public List<String> render(MigrationStep step, Migration m) {
        if (step instanceof MigrationStep.CreateSchema s) {
            return List.of("CREATE SCHEMA IF NOT EXISTS " + q(s.namespace()));
        } else if (step instanceof MigrationStep.CreateExtension s) {
            StringBuilder sql = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(q(s.extension().name()));
            boolean schema = s.extension().schema() != null && !s.extension().schema().isEmpty();
            boolean version = s.extension().version() != null && !s.extension().version().isEmpty();
            if (schema || version) {
                sql.append(" WITH");
            }
            if (schema) {
                sql.append(" SCHEMA ").append(q(s.extension().schema()));
            }
            if (version) {
                sql.append(" VERSION ").append(q(s.extension().version()));
            }
            return List.of(sql.toString());
        } else if (step instanceof MigrationStep.DropExtension s) {
            return List.of("DROP EXTENSION " + q(s.extension().name()));
        } else if (step instanceof MigrationStep.AlterExtension s) {
            List<String> out = new ArrayList<>();
            if (s.versionChanged()) {
                out.add("ALTER EXTENSION " + q(s.previous().name()) + " UPDATE TO " + q(s.next().version()));
            }
            if (s.schemaChanged()) {
                out.add("ALTER EXTENSION " + q(s.previous().name()) + " SET SCHEMA " + q(s.next().schema()));
            }
            return out;
        } else if (step instanceof MigrationStep.CreateEnum s) {
            return List.of("CREATE TYPE " + qualified(s.sqlEnum().namespace(), s.sqlEnum().name()) + " AS ENUM ("
                    + s.sqlEnum().values().stream().map(PostgresRenderer::literal).collect(Collectors.joining(", "))
                    + ")");
        } else if (step instanceof MigrationStep.DropEnum s) {
            return List.of("DROP TYPE " + qualified(s.sqlEnum().namespace(), s.sqlEnum().name()));
        } else if (step instanceof MigrationStep.AlterEnum s) {
            return alterEnum(s, m);
        } else if (step instanceof MigrationStep.DropForeignKey s) {
            return List.of("ALTER TABLE " + table(s.table()) + " DROP CONSTRAINT " + q(s.foreignKey().name()));
        } else if (step instanceof MigrationStep.DropIndex s) {
            return List.of("DROP INDEX " + qualified(s.table().namespace(), s.index().name()));
        } else if (step instanceof MigrationStep.AlterTable s) {
            return alterTable(s, m);
        } else if (step instanceof MigrationStep.DropTable s) {
            return List.of("DROP TABLE " + table(s.table()));
        } else if (step instanceof MigrationStep.CreateTable s) {
            return List.of(createTable(s.table(), m.to()));
        } else if (step instanceof MigrationStep.CreateIndex s) {
            return List.of(createIndex(s.table(), s.index()));
        } else if (step instanceof MigrationStep.AddForeignKey s) {
            return List.of(addForeignKey(s.table(), s.foreignKey()));
        } else if (step instanceof MigrationStep.RenameForeignKey s) {
            return List.of("ALTER TABLE " + table(s.table()) + " RENAME CONSTRAINT " + q(s.previous().name()) + " TO "
                    + q(s.next().name()));
        } else if (step instanceof MigrationStep.RenameIndex s) {
            return List.of("ALTER INDEX " + qualified(s.table().namespace(), s.previous().name()) + " RENAME TO "
                    + q(s.next().name()));
        } else if (step instanceof MigrationStep.RedefineIndex s) {
            return List.of("DROP INDEX " + qualified(s.previousTable().namespace(), s.previous().name()),
                    createIndex(s.nextTable(), s.next()));
        } else if (step instanceof MigrationStep.RedefineTables) {
            throw new IllegalStateException("PostgreSQL tables are altered, never redefined");
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    static String q(String identifier) {
        return "\"" + identifier + "\"";
    }

    static String qualified(String namespace, String name) {
        return namespace == null ? q(name) : q(namespace) + "." + q(name);
    }

    private static String table(Table t) {
        return qualified(t.namespace(), t.name());
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    // ---- tables and columns ----

    private String createTable(Table t, SqlSchema schema) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table(t)).append(" (\n");
        sql.append(t.columns().stream().map(c -> column(c, schema)).collect(Collectors.joining(",\n")));
        if (t.primaryKey() != null) {
            sql.append(",\n\n").append(INDENT).append("CONSTRAINT ").append(q(t.primaryKey().name()))
                    .append(" PRIMARY KEY (")
                    .append(t.primaryKey().columnNames().stream().map(PostgresRenderer::q)
                            .collect(Collectors.joining(",")))
                    .append(')');
        }
        return sql.append("\n)").toString();
    }

    private static String column(Column c, SqlSchema schema) {
        String type = columnType(c, schema);
        StringBuilder sql = new StringBuilder(INDENT).append(q(c.name())).append(' ').append(type);
        if (!c.nullable() && !c.type().list()) {
            sql.append(" NOT NULL");
        }
        String def = defaultValue(c.defaultValue());
        if (def != null && !def.isEmpty()) {
            sql.append(" DEFAULT ").append(def);
        }
        return sql.toString();
    }

    static String columnType(Column c, SqlSchema schema) {
        String array = c.type().list() ? "[]" : "";
        if (c.type().family() == ColumnTypeFamily.ENUM) {
            SqlEnum e = schema.sqlEnum(c.type().sqlType()).orElse(null);
            return qualified(e == null ? null : e.namespace(), c.type().sqlType()) + array;
        }
        String type = c.type().sqlType();
        if (c.type().family() != ColumnTypeFamily.UNSUPPORTED && c.autoIncrement()) {
            switch (type.toUpperCase(Locale.ROOT)) {
                case "SMALLINT", "INT2" -> type = "SMALLSERIAL";
                case "INTEGER", "INT", "INT4" -> type = "SERIAL";
                case "BIGINT", "INT8" -> type = "BIGSERIAL";
                default -> {
                }
            }
        }
        return type + array;
    }

    /** The SQL of a default, or null when the database renders none (sequences, bare {@code dbgenerated()}). */
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

    private List<String> alterTable(MigrationStep.AlterTable step, Migration m) {
        List<String> lines = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (TableChange change : step.changes()) {
            if (change instanceof TableChange.DropPrimaryKey) {
                lines.add("DROP CONSTRAINT " + q(step.previous().primaryKey().name()));
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                lines.add("RENAME CONSTRAINT " + q(step.previous().primaryKey().name()) + " TO "
                        + q(step.next().primaryKey().name()));
            } else if (change instanceof TableChange.AddPrimaryKey) {
                String name = step.next().primaryKey().name();
                lines.add("ADD " + (name == null ? "" : "CONSTRAINT " + q(name) + " ") + "PRIMARY KEY ("
                        + step.next().primaryKey().columnNames().stream().map(PostgresRenderer::q)
                                .collect(Collectors.joining(", "))
                        + ")");
            } else if (change instanceof TableChange.AddColumn add) {
                lines.add("ADD COLUMN " + column(add.column(), m.to()));
            } else if (change instanceof TableChange.DropColumn drop) {
                lines.add("DROP COLUMN " + q(drop.column().name()));
            } else if (change instanceof TableChange.AlterColumn alter) {
                alterColumn(step, alter, m, before, lines, after);
            } else if (change instanceof TableChange.DropAndRecreateColumn recreate) {
                lines.add("DROP COLUMN " + q(recreate.previous().name()));
                lines.add("ADD COLUMN " + column(recreate.next(), m.to()));
            }
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(before);
        out.add("ALTER TABLE " + table(step.previous()) + " " + String.join(",\n", lines));
        out.addAll(after);
        return out;
    }

    private void alterColumn(MigrationStep.AlterTable step, TableChange.AlterColumn alter, Migration m,
            List<String> before, List<String> clauses, List<String> after) {
        Column previous = alter.previous();
        Column next = alter.next();
        String prefix = "ALTER COLUMN " + q(previous.name());
        boolean setType = false;
        for (ColumnChange change : alter.changes().facets()) {
            switch (change) {
                case DEFAULT -> {
                    if (next.defaultValue() != null) {
                        String def = defaultValue(next.defaultValue());
                        clauses.add(prefix + " SET DEFAULT " + (def == null ? "" : def));
                    } else {
                        dropDefault(prefix, previous, next, m, clauses, after);
                    }
                }
                case ARITY -> {
                    boolean prevList = previous.type().list();
                    boolean nextList = next.type().list();
                    if (prevList || nextList) {
                        setType = true;
                    }
                    if (!nextList && (prevList || !previous.nullable()) && next.nullable()) {
                        clauses.add(prefix + " DROP NOT NULL");
                    } else if (!nextList && (prevList || previous.nullable()) && !next.nullable()) {
                        clauses.add(prefix + " SET NOT NULL");
                    }
                }
                case TYPE -> setType = true;
                case AUTOINCREMENT -> {
                    if (previous.autoIncrement()) {
                        dropDefault(prefix, previous, next, m, clauses, after);
                    } else {
                        Table t = step.next();
                        String sequence = ((t.namespace() == null ? "" : q(t.namespace()) + ".") + t.name() + "_"
                                + next.name() + "_seq").toLowerCase(Locale.ROOT);
                        before.add("CREATE SEQUENCE " + sequence);
                        clauses.add(prefix + " SET DEFAULT nextval('" + sequence + "')");
                        after.add("ALTER SEQUENCE " + sequence + " OWNED BY " + table(t) + "." + q(next.name()));
                    }
                }
                default -> {
                }
            }
        }
        if (setType) {
            clauses.add(prefix + " SET DATA TYPE " + columnType(next, m.to()));
        }
    }

    private static void dropDefault(String prefix, Column previous, Column next, Migration m, List<String> clauses,
            List<String> after) {
        clauses.add(prefix + " DROP DEFAULT");
        if (previous.defaultValue() instanceof ColumnDefault.Sequence seq && seq.sequenceName() != null) {
            boolean stillUsed = m.to().tables().stream().flatMap(t -> t.columns().stream())
                    .filter(c -> c != next)
                    .anyMatch(c -> c.defaultValue() instanceof ColumnDefault.Sequence s
                            && seq.sequenceName().equals(s.sequenceName()));
            if (!stillUsed) {
                after.add("DROP SEQUENCE " + q(seq.sequenceName()));
            }
        }
    }

    // ---- indexes and foreign keys ----

    static String createIndex(Table t, Index index) {
        String using = index.algorithm() == null || index.algorithm().equalsIgnoreCase("BTREE") ? ""
                : " USING " + index.algorithm().toUpperCase(Locale.ROOT) + " ";
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + table(t)
                + using + "(" + index.columns().stream().map(PostgresRenderer::indexColumn)
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static String indexColumn(IndexColumn c) {
        StringBuilder sql = new StringBuilder(q(c.name()));
        if (c.operatorClass() != null) {
            sql.append(' ').append(c.operatorClass());
        }
        if (c.sort() != null) {
            sql.append(' ').append(c.sort().name());
        }
        return sql.toString();
    }

    static String addForeignKey(Table t, ForeignKey fk) {
        return "ALTER TABLE " + table(t) + " ADD " + (fk.name() == null ? "" : "CONSTRAINT " + q(fk.name()) + " ")
                + "FOREIGN KEY (" + fk.columns().stream().map(PostgresRenderer::q).collect(Collectors.joining(", "))
                + ") REFERENCES " + qualified(fk.referencedNamespace(), fk.referencedTable()) + "("
                + fk.referencedColumns().stream().map(PostgresRenderer::q).collect(Collectors.joining(", "))
                + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    // ---- enums ----

    private List<String> alterEnum(MigrationStep.AlterEnum step, Migration m) {
        SqlEnum previous = step.previous();
        SqlEnum next = step.next();
        if (step.removedValues().isEmpty()) {
            List<String> out = new ArrayList<>();
            for (String value : step.addedValues()) {
                out.add("ALTER TYPE " + qualified(previous.namespace(), previous.name()) + " ADD VALUE "
                        + literal(value));
            }
            if (out.size() > 1) {
                out.set(0, "-- This migration adds more than one value to an enum.\n"
                        + "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
                        + "-- in a single migration. This can be worked around by creating\n"
                        + "-- multiple migrations, each migration adding only one value to\n"
                        + "-- the enum.\n\n\n" + out.get(0));
            }
            return out;
        }
        String tmpName = next.name() + "_new";
        String tmp = qualified(next.namespace(), tmpName);
        String oldName = previous.name() + "_old";
        List<String> out = new ArrayList<>();
        out.add("BEGIN");
        out.add("CREATE TYPE " + tmp + " AS ENUM ("
                + next.values().stream().map(PostgresRenderer::literal).collect(Collectors.joining(", ")) + ")");
        for (MigrationStep.EnumDefaultUsage usage : step.defaultUsages()) {
            out.add("ALTER TABLE " + table(usage.table()) + " ALTER COLUMN " + q(usage.previous().name())
                    + " DROP DEFAULT");
        }
        for (Table t : m.to().tables()) {
            for (Column c : t.columns()) {
                if (c.type().family() == ColumnTypeFamily.ENUM && c.type().sqlType().equals(next.name())) {
                    String array = c.type().list() ? "[]" : "";
                    out.add("ALTER TABLE " + table(t) + " ALTER COLUMN " + q(c.name()) + " TYPE " + tmp + array
                            + " USING (" + q(c.name()) + "::text::" + tmp + array + ")");
                }
            }
        }
        out.add("ALTER TYPE " + qualified(previous.namespace(), previous.name()) + " RENAME TO " + q(oldName));
        out.add("ALTER TYPE " + tmp + " RENAME TO " + q(next.name()));
        out.add("DROP TYPE " + qualified(previous.namespace(), oldName));
        for (MigrationStep.EnumDefaultUsage usage : step.defaultUsages()) {
            if (usage.next() == null) {
                continue;
            }
            String def = defaultValue(usage.next().defaultValue());
            out.add("ALTER TABLE " + table(usage.table()) + " ALTER COLUMN " + q(usage.previous().name())
                    + " SET DEFAULT " + (def == null ? "" : def));
        }
        out.add("COMMIT");
        return out;
    }
}
