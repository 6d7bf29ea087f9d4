package dev.refract.migrate.describe.internal;

import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL catalog types to the spelling Prisma's migration SQL uses (see {@link ColumnType}).
 * Input is the element type of arrays: its {@code pg_type.typname}, {@code typtype} and
 * {@code format_type(oid, atttypmod)}, which carries the modifiers ({@code character varying(191)},
 * {@code timestamp(3) without time zone}, {@code numeric(65,30)}).
 */
public final class PostgresTypes {
    private static final Pattern MODIFIERS = Pattern.compile("\\(([^)]*)\\)");

    private record Spelling(ColumnTypeFamily family, String name, boolean takesArguments) {
    }

    private static final Map<String, Spelling> BUILT_IN = Map.ofEntries(
            Map.entry("int2", new Spelling(ColumnTypeFamily.INT, "SMALLINT", false)),
            Map.entry("int4", new Spelling(ColumnTypeFamily.INT, "INTEGER", false)),
            Map.entry("int8", new Spelling(ColumnTypeFamily.BIG_INT, "BIGINT", false)),
            Map.entry("oid", new Spelling(ColumnTypeFamily.INT, "OID", false)),
            Map.entry("float4", new Spelling(ColumnTypeFamily.FLOAT, "REAL", false)),
            Map.entry("float8", new Spelling(ColumnTypeFamily.FLOAT, "DOUBLE PRECISION", false)),
            Map.entry("numeric", new Spelling(ColumnTypeFamily.DECIMAL, "DECIMAL", true)),
            Map.entry("money", new Spelling(ColumnTypeFamily.DECIMAL, "MONEY", false)),
            Map.entry("bool", new Spelling(ColumnTypeFamily.BOOLEAN, "BOOLEAN", false)),
            Map.entry("text", new Spelling(ColumnTypeFamily.STRING, "TEXT", false)),
            Map.entry("citext", new Spelling(ColumnTypeFamily.STRING, "CITEXT", false)),
            Map.entry("varchar", new Spelling(ColumnTypeFamily.STRING, "VARCHAR", true)),
            Map.entry("bpchar", new Spelling(ColumnTypeFamily.STRING, "CHAR", true)),
            Map.entry("xml", new Spelling(ColumnTypeFamily.STRING, "XML", false)),
            Map.entry("inet", new Spelling(ColumnTypeFamily.STRING, "INET", false)),
            Map.entry("bit", new Spelling(ColumnTypeFamily.STRING, "BIT", true)),
            Map.entry("varbit", new Spelling(ColumnTypeFamily.STRING, "VARBIT", true)),
            Map.entry("uuid", new Spelling(ColumnTypeFamily.UUID, "UUID", false)),
            Map.entry("json", new Spelling(ColumnTypeFamily.JSON, "JSON", false)),
            Map.entry("jsonb", new Spelling(ColumnTypeFamily.JSON, "JSONB", false)),
            Map.entry("bytea", new Spelling(ColumnTypeFamily.BINARY, "BYTEA", false)),
            Map.entry("date", new Spelling(ColumnTypeFamily.DATE_TIME, "DATE", false)),
            Map.entry("time", new Spelling(ColumnTypeFamily.DATE_TIME, "TIME", true)),
            Map.entry("timetz", new Spelling(ColumnTypeFamily.DATE_TIME, "TIMETZ", true)),
            Map.entry("timestamp", new Spelling(ColumnTypeFamily.DATE_TIME, "TIMESTAMP", true)),
            Map.entry("timestamptz", new Spelling(ColumnTypeFamily.DATE_TIME, "TIMESTAMPTZ", true)));

    private PostgresTypes() {
    }

    /**
     * @param typeName  {@code pg_type.typname} of the (element) type
     * @param typeKind  its {@code typtype}: {@code e} for enums
     * @param formatted {@code format_type} of the (element) type with the column's modifier
     * @param list      whether the column is an array
     */
    public static ColumnType columnType(String typeName, String typeKind, String formatted, boolean list) {
        ColumnType type;
        Spelling spelling = BUILT_IN.get(typeName);
        if ("e".equals(typeKind)) {
            type = ColumnType.of(ColumnTypeFamily.ENUM, typeName);
        } else if (spelling != null && "b".equals(typeKind)) {
            String sql = spelling.name();
            if (spelling.takesArguments()) {
                Matcher m = MODIFIERS.matcher(formatted);
                if (m.find()) {
                    sql = sql + "(" + m.group(1).replace(" ", "") + ")";
                }
            }
            type = ColumnType.of(spelling.family(), sql);
        } else {
            type = ColumnType.of(ColumnTypeFamily.UNSUPPORTED, formatted);
        }
        return list ? type.asList() : type;
    }
}
