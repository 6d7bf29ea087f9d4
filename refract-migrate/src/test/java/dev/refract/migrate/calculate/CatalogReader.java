package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of PostgreSQL's {@code public} schema into the sqlschema model, for the
 * calculator's tests: tables, columns, keys, indexes, foreign keys and enums, spelled by the
 * describers' conventions (see {@code migrate.describe}) for what Prisma's migrations create.
 * It stands in for {@code PostgresDescriber}, which this branch does not have yet; the comparison
 * tests can use the describer instead once both are on one branch. Defaults are read for the forms
 * Prisma writes (literals with casts, serial sequences, CURRENT_TIMESTAMP, arrays); anything else is
 * an expression as the catalog prints it.
 */
final class CatalogReader {
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('(?:[^']*\\.)?\"?([^\"']+)\"?'::regclass\\)");
    private static final Pattern ARRAY = Pattern.compile("ARRAY\\[(.*?)\\](::[\\w .\"]+\\[\\])?");
    private static final Pattern CAST = Pattern.compile("::[\\w .\"]+(\\(\\d+(,\\d+)?\\))?[\\w ]*(\\[\\])?$");
    private static final Map<String, String[]> TYPES = Map.ofEntries(
            Map.entry("int2", new String[] {"INT", "SMALLINT"}), Map.entry("int4", new String[] {"INT", "INTEGER"}),
            Map.entry("int8", new String[] {"BIG_INT", "BIGINT"}), Map.entry("oid", new String[] {"INT", "OID"}),
            Map.entry("float4", new String[] {"FLOAT", "REAL"}),
            Map.entry("float8", new String[] {"FLOAT", "DOUBLE PRECISION"}),
            Map.entry("numeric", new String[] {"DECIMAL", "DECIMAL("}), Map.entry("money", new String[] {"DECIMAL", "MONEY"}),
            Map.entry("bool", new String[] {"BOOLEAN", "BOOLEAN"}), Map.entry("text", new String[] {"STRING", "TEXT"}),
            Map.entry("citext", new String[] {"STRING", "CITEXT"}), Map.entry("varchar", new String[] {"STRING", "VARCHAR("}),
            Map.entry("bpchar", new String[] {"STRING", "CHAR("}), Map.entry("xml", new String[] {"STRING", "XML"}),
            Map.entry("inet", new String[] {"STRING", "INET"}), Map.entry("bit", new String[] {"STRING", "BIT("}),
            Map.entry("varbit", new String[] {"STRING", "VARBIT("}), Map.entry("uuid", new String[] {"UUID", "UUID"}),
            Map.entry("json", new String[] {"JSON", "JSON"}), Map.entry("jsonb", new String[] {"JSON", "JSONB"}),
            Map.entry("bytea", new String[] {"BINARY", "BYTEA"}), Map.entry("date", new String[] {"DATE_TIME", "DATE"}),
            Map.entry("time", new String[] {"DATE_TIME", "TIME("}), Map.entry("timetz", new String[] {"DATE_TIME", "TIMETZ("}),
            Map.entry("timestamp", new String[] {"DATE_TIME", "TIMESTAMP("}),
            Map.entry("timestamptz", new String[] {"DATE_TIME", "TIMESTAMPTZ("}));

    private CatalogReader() {
    }

    static SqlSchema read(Connection connection) throws SQLException {
        Map<String, Parts> tables = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(connection, """
                SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
                ORDER BY 1""")) {
            tables.put((String) row.get("t"), new Parts());
        }
        for (Map<String, Object> row : rows(connection, """
                SELECT c.relname AS t, a.attname AS col, a.attnotnull AS notnull, t.typcategory = 'A' AS list,
                       et.typname AS typname, et.typtype AS typtype, format_type(et.oid, a.atttypmod) AS formatted,
                       pg_get_expr(d.adbin, d.adrelid) AS def
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
                JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
                ORDER BY c.relname, a.attnum""")) {
            Parts table = tables.get((String) row.get("t"));
            if (table != null) {
                ColumnType type = type((String) row.get("typname"), (String) row.get("typtype"),
                        (String) row.get("formatted"), (Boolean) row.get("list"));
                ColumnDefault value = defaultValue((String) row.get("def"), type);
                table.columns.add(new Column((String) row.get("col"), type, !(Boolean) row.get("notnull"), value,
                        value instanceof ColumnDefault.Sequence, null));
            }
        }
        readIndexes(connection, tables);
        readForeignKeys(connection, tables);
        List<Table> result = new ArrayList<>();
        tables.forEach((name, p) -> result.add(new Table(null, name, p.columns, p.primaryKey,
                p.indexes.values().stream().toList(), p.foreignKeys.values().stream().toList(), null)));
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(connection, """
                SELECT t.typname AS e, v.enumlabel AS v FROM pg_type t JOIN pg_enum v ON v.enumtypid = t.oid
                JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
                ORDER BY t.typname, v.enumsortorder""")) {
            enums.computeIfAbsent((String) row.get("e"), k -> new ArrayList<>()).add((String) row.get("v"));
        }
        return new SqlSchema(List.of(), result,
                enums.entrySet().stream().map(e -> new SqlEnum(null, e.getKey(), e.getValue())).toList(), List.of());
    }

    private static void readIndexes(Connection connection, Map<String, Parts> tables) throws SQLException {
        for (Map<String, Object> row : rows(connection, """
                SELECT tc.relname AS t, ic.relname AS i, x.indisprimary AS pk, x.indisunique AS uq, am.amname AS am,
                       a.attname AS col, (x.indoption[k.ord - 1] & 1) = 1 AS descending,
                       opc.opcname AS opc, opc.opcdefault AS opcdefault,
                       x.indpred IS NOT NULL OR x.indexprs IS NOT NULL AS unmanaged
                FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid JOIN pg_class tc ON tc.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = tc.relnamespace JOIN pg_am am ON am.oid = ic.relam
                CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indclass::oid[]) WITH ORDINALITY AS k(attnum, cls, ord)
                LEFT JOIN pg_attribute a ON a.attrelid = tc.oid AND a.attnum = k.attnum
                LEFT JOIN pg_opclass opc ON opc.oid = k.cls
                WHERE n.nspname = 'public' AND k.ord <= x.indnkeyatts
                ORDER BY tc.relname, ic.relname, k.ord""")) {
            Parts table = tables.get((String) row.get("t"));
            if (table == null || (Boolean) row.get("unmanaged")) {
                continue;
            }
            String name = (String) row.get("i");
            IndexColumn column = new IndexColumn((String) row.get("col"),
                    (Boolean) row.get("descending") ? SortOrder.DESC : null, null,
                    (Boolean) row.get("opcdefault") ? null : (String) row.get("opc"));
            if ((Boolean) row.get("pk")) {
                List<IndexColumn> columns = new ArrayList<>(table.primaryKey == null ? List.of()
                        : table.primaryKey.columns());
                columns.add(column);
                table.primaryKey = new PrimaryKey(name, columns);
                continue;
            }
            String method = (String) row.get("am");
            Index previous = table.indexes.get(name);
            List<IndexColumn> columns = new ArrayList<>(previous == null ? List.of() : previous.columns());
            columns.add(column);
            table.indexes.put(name, new Index(name, (Boolean) row.get("uq") ? IndexKind.UNIQUE : IndexKind.NORMAL,
                    columns, method.equals("btree") ? null : method.toUpperCase()));
        }
    }

    private static void readForeignKeys(Connection connection, Map<String, Parts> tables) throws SQLException {
        for (Map<String, Object> row : rows(connection, """
                SELECT tc.relname AS t, con.conname AS name, rc.relname AS ref, a.attname AS col, ra.attname AS refcol,
                       con.confdeltype AS del, con.confupdtype AS upd
                FROM pg_constraint con JOIN pg_class tc ON tc.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = tc.relnamespace JOIN pg_class rc ON rc.oid = con.confrelid
                CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(col, refcol, ord)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col
                JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refcol
                WHERE con.contype = 'f' AND n.nspname = 'public'
                ORDER BY tc.relname, con.conname, k.ord""")) {
            Parts table = tables.get((String) row.get("t"));
            if (table == null) {
                continue;
            }
            String name = (String) row.get("name");
            ForeignKey previous = table.foreignKeys.get(name);
            List<String> columns = new ArrayList<>(previous == null ? List.of() : previous.columns());
            List<String> referenced = new ArrayList<>(previous == null ? List.of() : previous.referencedColumns());
            columns.add((String) row.get("col"));
            referenced.add((String) row.get("refcol"));
            table.foreignKeys.put(name, new ForeignKey(name, columns, null, (String) row.get("ref"), referenced,
                    action(row.get("del")), action(row.get("upd"))));
        }
    }

    private static ForeignKeyAction action(Object code) {
        return switch (String.valueOf(code)) {
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

    private static ColumnType type(String typname, String typtype, String formatted, boolean list) {
        ColumnType type;
        String[] known = TYPES.get(typname);
        if ("e".equals(typtype)) {
            type = ColumnType.of(ColumnTypeFamily.ENUM, typname);
        } else if (known == null) {
            type = ColumnType.of(ColumnTypeFamily.UNSUPPORTED, formatted);
        } else if (known[1].endsWith("(")) {
            Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(formatted);
            String base = known[1].substring(0, known[1].length() - 1);
            type = ColumnType.of(ColumnTypeFamily.valueOf(known[0]),
                    m.find() ? base + "(" + m.group(1).replace(" ", "") + ")" : base);
        } else {
            type = ColumnType.of(ColumnTypeFamily.valueOf(known[0]), known[1]);
        }
        return list ? type.asList() : type;
    }

    private static ColumnDefault defaultValue(String expression, ColumnType type) {
        if (expression == null) {
            return null;
        }
        Matcher sequence = NEXTVAL.matcher(expression);
        if (sequence.matches()) {
            return new ColumnDefault.Sequence(sequence.group(1), null);
        }
        if (type.family() == ColumnTypeFamily.DATE_TIME && !type.list()
                && (expression.equals("CURRENT_TIMESTAMP") || expression.equals("now()"))) {
            return new ColumnDefault.Now(null);
        }
        if (type.list()) {
            String elements = null;
            Matcher array = ARRAY.matcher(expression);
            if (array.matches()) {
                elements = array.group(1);
            } else if (expression.startsWith("'{")) {
                elements = expression.substring(2, expression.indexOf("}'"));
            }
            if (elements != null) {
                List<String> values = new ArrayList<>();
                for (String element : elements.split(",\\s*")) {
                    if (!element.isBlank()) {
                        values.add(scalar(unquoted(stripCasts(element.strip())), type.family()));
                    }
                }
                String elementType = type.family() == ColumnTypeFamily.ENUM ? "\"" + type.sqlType() + "\"" : type.sqlType();
                return new ColumnDefault.Value("ARRAY[" + String.join(", ", values) + "]::" + elementType + "[]", null);
            }
        }
        String bare = stripCasts(expression);
        if (bare.startsWith("'") && bare.endsWith("'")) {
            return new ColumnDefault.Value(scalar(bare.substring(1, bare.length() - 1).replace("''", "'"), type.family()),
                    null);
        }
        if (bare.matches("\\(?-?[0-9.]+\\)?") || bare.equals("true") || bare.equals("false")) {
            return new ColumnDefault.Value(scalar(bare.replace("(", "").replace(")", ""), type.family()), null);
        }
        return new ColumnDefault.Expression(expression, null);
    }

    private static String scalar(String content, ColumnTypeFamily family) {
        return switch (family) {
            case INT, BIG_INT, FLOAT, DECIMAL -> ColumnDefault.canonicalNumber(content);
            case BOOLEAN -> content.startsWith("t") ? "true" : "false";
            default -> ColumnDefault.quote(content);
        };
    }

    private static String unquoted(String s) {
        return s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1).replace("''", "'") : s;
    }

    private static String stripCasts(String s) {
        String out = s;
        for (Matcher m = CAST.matcher(out); m.find(); m = CAST.matcher(out)) {
            out = out.substring(0, m.start());
        }
        return out;
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int count = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= count; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static final class Parts {
        final List<Column> columns = new ArrayList<>();
        final Map<String, Index> indexes = new java.util.TreeMap<>();
        final Map<String, ForeignKey> foreignKeys = new java.util.TreeMap<>();
        PrimaryKey primaryKey;
    }
}
