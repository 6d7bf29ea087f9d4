package dev.refract.migrate.describe.internal;

import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MySQL/MariaDB {@code information_schema.columns} types to the spelling Prisma's MySQL migrations
 * use (see {@link ColumnType}): {@code int} is {@code INTEGER}, {@code tinyint(1)} is
 * {@code BOOLEAN}, decimals are {@code DECIMAL(65, 30)}, enums {@code ENUM('A', 'B')}.
 */
public final class MySqlTypes {
    private MySqlTypes() {
    }

    /** What the columns query returns about one column. */
    public record Info(String dataType, String columnType, Long characterMaximumLength, Long numericPrecision,
            Long numericScale, Long datetimePrecision) {
    }

    public static ColumnType columnType(Info info, boolean jsonChecked) {
        String dataType = info.dataType().toLowerCase(Locale.ROOT);
        String full = info.columnType().toLowerCase(Locale.ROOT);
        String unsigned = full.endsWith(" unsigned") || full.contains(" unsigned ") ? " UNSIGNED" : "";
        return switch (dataType) {
            case "int", "integer" -> ColumnType.of(ColumnTypeFamily.INT, "INTEGER" + unsigned);
            case "smallint" -> ColumnType.of(ColumnTypeFamily.INT, "SMALLINT" + unsigned);
            case "mediumint" -> ColumnType.of(ColumnTypeFamily.INT, "MEDIUMINT" + unsigned);
            case "tinyint" -> full.startsWith("tinyint(1)") && unsigned.isEmpty()
                    ? ColumnType.of(ColumnTypeFamily.BOOLEAN, "BOOLEAN")
                    : ColumnType.of(ColumnTypeFamily.INT, "TINYINT" + unsigned);
            case "bigint" -> ColumnType.of(ColumnTypeFamily.BIG_INT, "BIGINT" + unsigned);
            case "decimal", "numeric" -> ColumnType.of(ColumnTypeFamily.DECIMAL,
                    "DECIMAL(" + info.numericPrecision() + ", " + info.numericScale() + ")");
            case "float" -> ColumnType.of(ColumnTypeFamily.FLOAT, "FLOAT");
            case "double", "real" -> ColumnType.of(ColumnTypeFamily.FLOAT, "DOUBLE");
            case "char" -> ColumnType.of(ColumnTypeFamily.STRING, "CHAR(" + info.characterMaximumLength() + ")");
            case "varchar" -> ColumnType.of(ColumnTypeFamily.STRING, "VARCHAR(" + info.characterMaximumLength() + ")");
            case "tinytext", "text", "mediumtext" -> ColumnType.of(ColumnTypeFamily.STRING, upper(dataType));
            case "longtext" -> jsonChecked
                    ? ColumnType.of(ColumnTypeFamily.JSON, "JSON")
                    : ColumnType.of(ColumnTypeFamily.STRING, "LONGTEXT");
            case "json" -> ColumnType.of(ColumnTypeFamily.JSON, "JSON");
            case "enum" -> ColumnType.of(ColumnTypeFamily.ENUM, enumDefinition(info.columnType()));
            case "date" -> ColumnType.of(ColumnTypeFamily.DATE_TIME, "DATE");
            case "time", "datetime", "timestamp" ->
                    ColumnType.of(ColumnTypeFamily.DATE_TIME, upper(dataType) + precision(info.datetimePrecision()));
            case "year" -> ColumnType.of(ColumnTypeFamily.INT, "YEAR");
            case "bit" -> info.numericPrecision() != null && info.numericPrecision() == 1
                    ? ColumnType.of(ColumnTypeFamily.BOOLEAN, "BIT(1)")
                    : ColumnType.of(ColumnTypeFamily.BINARY, "BIT(" + info.numericPrecision() + ")");
            case "binary" -> ColumnType.of(ColumnTypeFamily.BINARY, "BINARY(" + info.characterMaximumLength() + ")");
            case "varbinary" ->
                    ColumnType.of(ColumnTypeFamily.BINARY, "VARBINARY(" + info.characterMaximumLength() + ")");
            case "tinyblob", "blob", "mediumblob", "longblob" -> ColumnType.of(ColumnTypeFamily.BINARY, upper(dataType));
            default -> ColumnType.of(ColumnTypeFamily.UNSUPPORTED, info.columnType());
        };
    }

    private static String precision(Long precision) {
        return precision == null ? "" : "(" + precision + ")";
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** {@code enum('A','it''s')} as Prisma writes it: {@code ENUM('A', 'it''s')}. */
    public static String enumDefinition(String columnType) {
        List<String> values = enumValues(columnType);
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add(ColumnDefault.quote(value));
        }
        return "ENUM(" + String.join(", ", quoted) + ")";
    }

    /** The values of an {@code enum('A','B')} column type, unescaped. */
    public static List<String> enumValues(String columnType) {
        int open = columnType.indexOf('(');
        int close = columnType.lastIndexOf(')');
        List<String> values = new ArrayList<>();
        if (open < 0 || close < open) {
            return values;
        }
        String body = columnType.substring(open + 1, close);
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < body.length()) {
                    char d = body.charAt(i);
                    if (d == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                    } else if (d == '\\' && i + 1 < body.length()) {
                        value.append(body.charAt(i + 1));
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        break;
                    } else {
                        value.append(d);
                        i++;
                    }
                }
                values.add(value.toString());
            } else {
                i++;
            }
        }
        return values;
    }
}
