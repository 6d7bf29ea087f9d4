package dev.refract.migrate.describe;

import dev.refract.migrate.describe.internal.CatalogQueries;
import dev.refract.migrate.describe.internal.MySqlDefaults;
import dev.refract.migrate.describe.internal.MySqlTypes;
import dev.refract.migrate.describe.internal.Row;
import dev.refract.migrate.describe.internal.TableBuilder;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Describes the connection's current MySQL or MariaDB database from {@code information_schema}
 * (queries in {@code dev/refract/migrate/describe/mysql/*.sql}). Table namespaces are null and
 * there are no {@link dev.refract.migrate.sqlschema.SqlEnum}s: an enum lives on its column as
 * {@code ENUM('A', 'B')}. Primary keys have no name ({@code PRIMARY} is not one).
 */
public final class MySqlDescriber implements Describer {
    /**
     * The expression of a MySQL 8 functional key part: information_schema has no portable column for
     * its text (MariaDB and MySQL 5.7 lack {@code statistics.expression}), so it is not read.
     */
    public static final String UNREPORTED_EXPRESSION = "(expression)";

    @Override
    public SqlSchema describe(Connection connection) {
        CatalogQueries catalog = new CatalogQueries(connection, "mysql");
        String version = catalog.rows("version").get(0).string("version");
        boolean mariaDb = version != null && version.toLowerCase(Locale.ROOT).contains("mariadb");

        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        for (Row row : catalog.rows("tables")) {
            String name = row.string("table_name");
            if (!name.equals(MIGRATIONS_TABLE)) {
                tables.put(name, new TableBuilder(null, name, row.nonEmptyString("comment")));
            }
        }

        Set<String> jsonColumns = new HashSet<>();
        if (mariaDb) {
            for (Row row : catalog.rows("json_checks")) {
                String clause = row.string("check_clause").replace(" ", "");
                String constraint = row.string("constraint_name");
                if (clause.equalsIgnoreCase("json_valid(`" + constraint + "`)")) {
                    jsonColumns.add(row.string("table_name") + "\u0000" + constraint);
                }
            }
        }

        for (Row row : catalog.rows("columns")) {
            TableBuilder table = tables.get(row.string("table_name"));
            if (table == null) {
                continue;
            }
            String name = row.string("column_name");
            MySqlTypes.Info info = new MySqlTypes.Info(row.string("data_type"), row.string("column_type"),
                    row.longValue("character_maximum_length"), row.longValue("numeric_precision"),
                    row.longValue("numeric_scale"), row.longValue("datetime_precision"));
            ColumnType type = MySqlTypes.columnType(info, jsonColumns.contains(table.name() + "\u0000" + name));
            String extra = row.string("extra");
            boolean autoIncrement = extra != null && extra.toLowerCase(Locale.ROOT).contains("auto_increment");
            table.addColumn(new Column(name, type, "YES".equalsIgnoreCase(row.string("is_nullable")),
                    autoIncrement ? null : MySqlDefaults.normalize(row.string("column_default"), extra, type, mariaDb),
                    autoIncrement, row.nonEmptyString("comment")));
        }

        indexes(catalog.rows("indexes"), tables);
        foreignKeys(catalog.rows("foreign_keys"), tables);

        List<Table> built = tables.values().stream().map(TableBuilder::build).sorted(TableBuilder.TABLE_ORDER).toList();
        return new SqlSchema(List.of(), built, List.of(), List.of());
    }

    private static void indexes(List<Row> rows, Map<String, TableBuilder> tables) {
        Map<List<String>, List<Row>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(List.of(row.string("table_name"), row.string("index_name")), k -> new ArrayList<>())
                    .add(row);
        }
        grouped.forEach((key, indexRows) -> {
            TableBuilder table = tables.get(key.get(0));
            if (table == null) {
                return;
            }
            List<IndexColumn> columns = new ArrayList<>();
            for (Row row : indexRows) {
                SortOrder sort = "D".equals(row.string("collation")) ? SortOrder.DESC : null;
                String column = row.string("column_name");
                columns.add(column != null
                        ? new IndexColumn(column, sort, row.integer("prefix_length"), null, null)
                        : new IndexColumn(null, sort, null, null, UNREPORTED_EXPRESSION));
            }
            String name = key.get(1);
            Row first = indexRows.get(0);
            if (name.equals("PRIMARY")) {
                table.primaryKey(new PrimaryKey(null, columns));
                return;
            }
            String indexType = first.string("index_type").toUpperCase(Locale.ROOT);
            IndexKind kind = indexType.equals("FULLTEXT") ? IndexKind.FULLTEXT
                    : !first.bool("non_unique") ? IndexKind.UNIQUE : IndexKind.NORMAL;
            String algorithm = indexType.equals("HASH") || indexType.equals("SPATIAL") ? indexType : null;
            table.addIndex(new Index(name, kind, columns, algorithm, null));
        });
    }

    private static void foreignKeys(List<Row> rows, Map<String, TableBuilder> tables) {
        Map<List<String>, List<Row>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(List.of(row.string("table_name"), row.string("constraint_name")),
                    k -> new ArrayList<>()).add(row);
        }
        grouped.forEach((key, fkRows) -> {
            TableBuilder table = tables.get(key.get(0));
            if (table == null) {
                return;
            }
            Row first = fkRows.get(0);
            table.addForeignKey(new ForeignKey(key.get(1),
                    fkRows.stream().map(r -> r.string("column_name")).toList(),
                    null, first.string("referenced_table"),
                    fkRows.stream().map(r -> r.string("referenced_column")).toList(),
                    action(first.string("on_delete")), action(first.string("on_update"))));
        });
    }

    static ForeignKeyAction action(String rule) {
        return switch (rule.toUpperCase(Locale.ROOT)) {
            case "NO ACTION" -> ForeignKeyAction.NO_ACTION;
            case "RESTRICT" -> ForeignKeyAction.RESTRICT;
            case "CASCADE" -> ForeignKeyAction.CASCADE;
            case "SET NULL" -> ForeignKeyAction.SET_NULL;
            case "SET DEFAULT" -> ForeignKeyAction.SET_DEFAULT;
            default -> throw new DescribeException("unknown foreign key action '" + rule + "'", null, null, null);
        };
    }
}
