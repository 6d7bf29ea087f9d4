package dev.refract.migrate.describe;

import dev.refract.migrate.describe.internal.CatalogQueries;
import dev.refract.migrate.describe.internal.Row;
import dev.refract.migrate.describe.internal.SqliteDefaults;
import dev.refract.migrate.describe.internal.SqliteIndexSql;
import dev.refract.migrate.describe.internal.SqliteTypes;
import dev.refract.migrate.describe.internal.TableBuilder;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Describes the main SQLite database from {@code sqlite_master} and the table-valued pragmas
 * (queries in {@code dev/refract/migrate/describe/sqlite/*.sql}).
 *
 * <p>As in Prisma's describer: a single-column {@code INTEGER} primary key (an alias of the rowid)
 * is auto-increment and never null, whether or not {@code AUTOINCREMENT} was written; primary keys
 * and foreign keys have no name (the pragmas do not report them); indexes SQLite creates for
 * {@code UNIQUE} constraints appear under their {@code sqlite_autoindex_...} names.
 */
public final class SqliteDescriber implements Describer {

    @Override
    public SqlSchema describe(Connection connection) {
        CatalogQueries catalog = new CatalogQueries(connection, "sqlite");

        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        for (Row row : catalog.rows("tables")) {
            String name = row.string("table_name");
            if (!name.equals(MIGRATIONS_TABLE)) {
                tables.put(name, new TableBuilder(null, name, null));
            }
        }

        Map<String, TreeMap<Integer, String>> primaryKeys = new LinkedHashMap<>();
        for (Row row : catalog.rows("columns")) {
            String tableName = row.string("table_name");
            TableBuilder table = tables.get(tableName);
            if (table == null) {
                continue;
            }
            ColumnType type = SqliteTypes.columnType(row.string("declared_type"));
            String name = row.string("column_name");
            table.addColumn(new Column(name, type, !row.bool("not_null"),
                    SqliteDefaults.normalize(row.string("default_value"), type), false, null));
            int pkPosition = row.integer("primary_key_position");
            if (pkPosition > 0) {
                primaryKeys.computeIfAbsent(tableName, k -> new TreeMap<>()).put(pkPosition, name);
            }
        }
        primaryKeys.forEach((tableName, columns) -> {
            TableBuilder table = tables.get(tableName);
            table.primaryKey(new PrimaryKey(null, columns.values().stream().map(IndexColumn::of).toList()));
            if (columns.size() == 1) {
                Column column = table.column(columns.firstEntry().getValue()).orElseThrow();
                if (column.type().sqlType().equals("INTEGER")) {
                    table.replaceColumn(new Column(column.name(), column.type(), false, column.defaultValue(),
                            true, column.comment()));
                }
            }
        });

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
            Row first = indexRows.get(0);
            String sql = first.string("index_sql");
            List<String> terms = null;
            List<IndexColumn> columns = new ArrayList<>();
            for (Row row : indexRows) {
                SortOrder sort = row.bool("descending") ? SortOrder.DESC : null;
                String column = row.string("column_name");
                if (column != null) {
                    columns.add(new IndexColumn(column, sort, null, null, null));
                } else {
                    if (terms == null) {
                        terms = SqliteIndexSql.terms(sql);
                    }
                    int position = row.integer("position");
                    String expression = position < terms.size() ? terms.get(position) : "rowid";
                    columns.add(new IndexColumn(null, sort, null, null, expression));
                }
            }
            IndexKind kind = first.bool("is_unique") ? IndexKind.UNIQUE : IndexKind.NORMAL;
            String predicate = first.bool("is_partial") ? SqliteIndexSql.predicate(sql) : null;
            table.addIndex(new Index(key.get(1), kind, columns, null, predicate));
        });
    }

    private static void foreignKeys(List<Row> rows, Map<String, TableBuilder> tables) {
        Map<List<Object>, List<Row>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(List.of(row.string("table_name"), row.longValue("foreign_key_id")),
                    k -> new ArrayList<>()).add(row);
        }
        grouped.forEach((key, fkRows) -> {
            TableBuilder table = tables.get((String) key.get(0));
            if (table == null) {
                return;
            }
            Row first = fkRows.get(0);
            String referencedTable = first.string("referenced_table");
            List<String> columns = fkRows.stream().map(r -> r.string("column_name")).toList();
            List<String> referenced = fkRows.stream().map(r -> r.string("referenced_column")).toList();
            if (referenced.contains(null)) {
                TableBuilder target = tables.get(referencedTable);
                referenced = target != null && target.primaryKey() != null
                        ? target.primaryKey().columnNames() : List.of();
            }
            table.addForeignKey(new ForeignKey(null, columns, null, referencedTable, referenced,
                    MySqlDescriber.action(first.string("on_delete")), MySqlDescriber.action(first.string("on_update"))));
        });
    }
}
