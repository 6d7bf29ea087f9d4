package dev.refract.migrate.describe.internal;

import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.Locale;

/**
 * SQLite declared types: the spelling is the declaration in upper case (Prisma writes
 * {@code INTEGER TEXT BOOLEAN DATETIME REAL DECIMAL BIGINT BLOB JSONB}); the family follows
 * Prisma's SQLite describer, with SQLite's affinity rules for the rest.
 */
public final class SqliteTypes {
    private SqliteTypes() {
    }

    public static ColumnType columnType(String declared) {
        String sql = declared == null ? "" : declared.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return ColumnType.of(family(sql), sql);
    }

    private static ColumnTypeFamily family(String sql) {
        String base = sql.contains("(") ? sql.substring(0, sql.indexOf('(')).trim() : sql;
        return switch (base) {
            case "INT", "INTEGER", "SERIAL", "SMALLINT", "TINYINT", "MEDIUMINT" -> ColumnTypeFamily.INT;
            case "BIGINT", "UNSIGNED BIG INT", "INT8" -> ColumnTypeFamily.BIG_INT;
            case "REAL", "FLOAT", "DOUBLE", "DOUBLE PRECISION" -> ColumnTypeFamily.FLOAT;
            case "BOOLEAN", "BOOL" -> ColumnTypeFamily.BOOLEAN;
            case "DATE", "DATETIME", "TIMESTAMP" -> ColumnTypeFamily.DATE_TIME;
            case "BLOB", "BINARY" -> ColumnTypeFamily.BINARY;
            case "JSON", "JSONB" -> ColumnTypeFamily.JSON;
            case "TEXT", "CLOB" -> ColumnTypeFamily.STRING;
            default -> {
                if (base.contains("CHAR")) {
                    yield ColumnTypeFamily.STRING;
                }
                if (base.contains("DECIMAL") || base.contains("NUMERIC")) {
                    yield ColumnTypeFamily.DECIMAL;
                }
                yield ColumnTypeFamily.UNSUPPORTED;
            }
        };
    }
}
