package dev.refract.migrate.render;

import dev.refract.migrate.diff.ColumnChange;
import dev.refract.migrate.diff.ColumnChanges;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.MigrationStep;
import dev.refract.migrate.diff.RedefineTable;
import dev.refract.migrate.diff.TableChange;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The human summary of a migration that {@code migrate diff} prints without {@code --script}
 * (and drift reports reuse): sections such as {@code [+] Added tables} and
 * {@code [*] Changed the `User` table}, ordered and worded as Prisma prints them.
 */
public final class DriftSummary {
    /** What Prisma prints when the schemas agree. */
    public static final String NO_DIFFERENCE = "No difference detected.";

    private enum Section {
        ALTERED_EXTENSION, DROPPED_EXTENSION, CREATED_EXTENSION, ADDED_ENUM, ADDED_TABLE, REMOVED_ENUM, REMOVED_TABLE,
        REMOVED_UDT, REMOVED_VIEW, REDEFINED_TABLE, CHANGED_ENUM, CHANGED_TABLE
    }

    private record Item(Section section, String name, int step) {
    }

    private DriftSummary() {
    }

    public static String render(Migration migration) {
        if (migration.isEmpty()) {
            return NO_DIFFERENCE;
        }
        List<Item> items = new ArrayList<>();
        List<MigrationStep> steps = migration.steps();
        for (int i = 0; i < steps.size(); i++) {
            MigrationStep step = steps.get(i);
            if (step instanceof MigrationStep.CreateEnum) {
                items.add(new Item(Section.ADDED_ENUM, "", i));
            } else if (step instanceof MigrationStep.AlterEnum s) {
                items.add(new Item(Section.CHANGED_ENUM, s.previous().name(), i));
            } else if (step instanceof MigrationStep.DropForeignKey s) {
                items.add(new Item(Section.CHANGED_TABLE, s.table().name(), i));
            } else if (step instanceof MigrationStep.DropIndex s) {
                items.add(new Item(Section.CHANGED_TABLE, s.table().name(), i));
            } else if (step instanceof MigrationStep.AlterTable s) {
                items.add(new Item(Section.CHANGED_TABLE, s.previous().name(), i));
            } else if (step instanceof MigrationStep.DropTable) {
                items.add(new Item(Section.REMOVED_TABLE, "", i));
            } else if (step instanceof MigrationStep.DropEnum) {
                items.add(new Item(Section.REMOVED_ENUM, "", i));
            } else if (step instanceof MigrationStep.CreateTable) {
                items.add(new Item(Section.ADDED_TABLE, "", i));
            } else if (step instanceof MigrationStep.RedefineTables s) {
                for (RedefineTable t : s.tables()) {
                    items.add(new Item(Section.REDEFINED_TABLE, t.previous().name(), i));
                }
            } else if (step instanceof MigrationStep.RenameForeignKey s) {
                items.add(new Item(Section.CHANGED_TABLE, s.table().name(), i));
            } else if (step instanceof MigrationStep.CreateIndex s) {
                items.add(new Item(Section.CHANGED_TABLE, s.table().name(), i));
            } else if (step instanceof MigrationStep.AddForeignKey s) {
                items.add(new Item(Section.CHANGED_TABLE, s.table().name(), i));
            } else if (step instanceof MigrationStep.RenameIndex s) {
                items.add(new Item(Section.CHANGED_TABLE, s.table().name(), i));
            } else if (step instanceof MigrationStep.RedefineIndex s) {
                items.add(new Item(Section.CHANGED_TABLE, s.previousTable().name(), i));
            } else if (step instanceof MigrationStep.CreateExtension s) {
                items.add(new Item(Section.CREATED_EXTENSION, s.extension().name(), i));
            } else if (step instanceof MigrationStep.AlterExtension s) {
                items.add(new Item(Section.ALTERED_EXTENSION, s.previous().name(), i));
            } else if (step instanceof MigrationStep.DropExtension s) {
                items.add(new Item(Section.DROPPED_EXTENSION, s.extension().name(), i));
            }
        }
        items.sort(Comparator.comparing(Item::section).thenComparing(Item::name).thenComparingInt(Item::step));

        StringBuilder out = new StringBuilder();
        Section section = null;
        String name = null;
        for (Item item : items) {
            if (item.section() != section || !item.name().equals(name)) {
                out.append(header(item));
            }
            section = item.section();
            name = item.name();
            out.append(lines(steps.get(item.step())));
        }
        return out.toString();
    }

    private static String header(Item item) {
        return switch (item.section()) {
            case ADDED_ENUM -> "\n[+] Added enums\n";
            case ADDED_TABLE -> "\n[+] Added tables\n";
            case REMOVED_ENUM -> "\n[-] Removed enums\n";
            case REMOVED_TABLE -> "\n[-] Removed tables\n";
            case REMOVED_UDT -> "\n[-] Removed UDTs\n";
            case REMOVED_VIEW -> "\n[-] Removed views\n";
            case REDEFINED_TABLE -> "\n[*] Redefined table `" + item.name() + "`\n";
            case CHANGED_ENUM -> "\n[*] Changed the `" + item.name() + "` enum\n";
            case CHANGED_TABLE -> "\n[*] Changed the `" + item.name() + "` table\n";
            case CREATED_EXTENSION -> "\n[+] Added extensions\n";
            case ALTERED_EXTENSION -> "\n[*] Changed the `" + item.name() + "` extension\n";
            case DROPPED_EXTENSION -> "\n[-] Removed extensions\n`";
        };
    }

    private static String lines(MigrationStep step) {
        StringBuilder out = new StringBuilder();
        if (step instanceof MigrationStep.CreateEnum s) {
            out.append("  - ").append(s.sqlEnum().name()).append('\n');
        } else if (step instanceof MigrationStep.AlterEnum s) {
            s.addedValues().forEach(v -> out.append("  [+] Added variant `").append(v).append("`\n"));
            s.removedValues().forEach(v -> out.append("  [-] Removed variant `").append(v).append("`\n"));
        } else if (step instanceof MigrationStep.DropForeignKey s) {
            out.append("  [-] Removed foreign key on columns (").append(String.join(", ", s.foreignKey().columns()))
                    .append(")\n");
        } else if (step instanceof MigrationStep.DropIndex s) {
            out.append("  [-] Removed ").append(s.index().isUnique() ? "unique " : "").append("index on columns (")
                    .append(String.join(", ", s.index().columnNames())).append(")\n");
        } else if (step instanceof MigrationStep.AlterTable s) {
            for (TableChange change : s.changes()) {
                out.append(tableChange(s.previous(), s.next(), change));
            }
        } else if (step instanceof MigrationStep.DropTable s) {
            out.append("  - ").append(s.table().name()).append('\n');
        } else if (step instanceof MigrationStep.DropEnum s) {
            out.append("  - ").append(s.sqlEnum().name()).append('\n');
        } else if (step instanceof MigrationStep.CreateTable s) {
            out.append("  - ").append(s.table().name()).append('\n');
        } else if (step instanceof MigrationStep.RenameForeignKey s) {
            out.append("  [*] Renamed the foreign key \"").append(s.previous().name()).append("\" to \"")
                    .append(s.next().name()).append("\"\n");
        } else if (step instanceof MigrationStep.CreateIndex s) {
            out.append("  [+] Added ").append(s.index().isUnique() ? "unique " : "").append("index on columns (")
                    .append(String.join(", ", s.index().columnNames())).append(")\n");
        } else if (step instanceof MigrationStep.AddForeignKey s) {
            out.append("  [+] Added foreign key on columns (").append(String.join(", ", s.foreignKey().columns()))
                    .append(")\n");
        } else if (step instanceof MigrationStep.RenameIndex s) {
            out.append("  [*] Renamed index `").append(s.previous().name()).append("` to `").append(s.next().name())
                    .append("`\n");
        } else if (step instanceof MigrationStep.RedefineIndex s) {
            out.append("  [*] Redefined index `").append(s.previous().name()).append("`\n");
        } else if (step instanceof MigrationStep.CreateExtension s) {
            out.append("  - ").append(s.extension().name()).append('\n');
        }
        return out.toString();
    }

    private static String tableChange(Table previous, Table next, TableChange change) {
        if (change instanceof TableChange.AddColumn c) {
            return "  [+] Added column `" + c.column().name() + "`\n";
        } else if (change instanceof TableChange.AlterColumn c) {
            return "  [*] Altered column `" + c.next().name() + "` " + columnChanges(c.previous(), c.next(), c.changes())
                    + "\n";
        } else if (change instanceof TableChange.DropColumn c) {
            return "  [-] Removed column `" + c.column().name() + "`\n";
        } else if (change instanceof TableChange.DropAndRecreateColumn c) {
            return "  [*] Column `" + c.next().name() + "` would be dropped and recreated "
                    + columnChanges(c.previous(), c.next(), c.changes()) + "\n";
        } else if (change instanceof TableChange.DropPrimaryKey) {
            return "  [-] Dropped the primary key on columns (" + String.join(", ", previous.primaryKey().columnNames())
                    + ")\n";
        } else if (change instanceof TableChange.RenamePrimaryKey) {
            return "  [*] Renamed the primary key on columns (" + String.join(", ", previous.primaryKey().columnNames())
                    + ")\n";
        } else {
            // Prisma prints the closing parenthesis twice here.
            return "  [+] Added primary key on columns (" + String.join(", ", next.primaryKey().columnNames()) + ")\n)\n";
        }
    }

    private static String columnChanges(Column previous, Column next, ColumnChanges changes) {
        List<String> parts = new ArrayList<>();
        for (ColumnChange change : changes.facets()) {
            parts.add(switch (change) {
                case ARITY -> "changed from " + arity(previous) + " to " + arity(next);
                case DEFAULT -> "default changed from `" + PrismaDebug.defaultKind(previous) + "` to `"
                        + PrismaDebug.defaultKind(next) + "`";
                case TYPE -> "type changed";
                case AUTOINCREMENT -> previous.autoIncrement() ? "column is no longer autoincrementing"
                        : "column became autoincrementing";
            });
        }
        return parts.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    private static String arity(Column c) {
        return c.type().list() ? "List" : c.nullable() ? "Nullable" : "Required";
    }

    /** Prisma prints defaults with Rust's debug formatting; this approximates it from the SQL literal. */
    static final class PrismaDebug {
        private PrismaDebug() {
        }

        static String defaultKind(Column c) {
            ColumnDefault d = c.defaultValue();
            if (d == null) {
                return "None";
            } else if (d instanceof ColumnDefault.Now) {
                return "Some(Now)";
            } else if (d instanceof ColumnDefault.Sequence s) {
                return "Some(Sequence(\"" + s.sequenceName() + "\"))";
            } else if (d instanceof ColumnDefault.Expression e) {
                return e.sql() == null || e.sql().isBlank() ? "Some(DbGenerated(None))"
                        : "Some(DbGenerated(Some(\"" + e.sql() + "\")))";
            }
            String sql = ((ColumnDefault.Value) d).sql();
            if (c.type().list() && sql.startsWith("ARRAY[") && sql.contains("]::")) {
                List<String> items = new ArrayList<>();
                for (String element : elements(sql.substring("ARRAY[".length(), sql.lastIndexOf("]::")))) {
                    items.add(value(c, element));
                }
                return "Some(Value(List([" + String.join(", ", items) + "])))";
            }
            return "Some(Value(" + value(c, sql) + "))";
        }

        /** One literal as Prisma's {@code PrismaValue} debug output. */
        private static String value(Column c, String sql) {
            String unquoted = sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'")
                    ? sql.substring(1, sql.length() - 1).replace("''", "'") : sql;
            return switch (c.type().family()) {
                case ENUM -> "Enum(\"" + unquoted + "\")";
                case BOOLEAN -> "Boolean(" + (sql.equals("1") || sql.equalsIgnoreCase("true")) + ")";
                case INT -> "Int(" + unquoted + ")";
                case BIG_INT -> "BigInt(" + unquoted + ")";
                case FLOAT, DECIMAL -> "Float(BigDecimal(\"" + unquoted + "\"))"; // PrismaValue::Float holds a BigDecimal
                case JSON -> "Json(\"" + unquoted + "\")";
                default -> "String(\"" + unquoted + "\")";
            };
        }

        /** The comma-separated literals of an {@code ARRAY[...]}, quotes respected. */
        private static List<String> elements(String body) {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < body.length(); i++) {
                char ch = body.charAt(i);
                if (ch == '\'') {
                    quoted = !quoted;
                }
                if (ch == ',' && !quoted) {
                    out.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(ch);
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString().strip());
            }
            return out;
        }
    }
}
