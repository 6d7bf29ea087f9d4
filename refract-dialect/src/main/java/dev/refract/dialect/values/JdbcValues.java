package dev.refract.dialect.values;

import dev.refract.schema.model.ScalarKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How one database stores Prisma's scalar values in JDBC terms: binding query values and reading
 * columns back as the client's Java types (Int -> Integer, BigInt -> Long, Float -> Double, Decimal ->
 * BigDecimal, DateTime -> Instant, Boolean -> Boolean, Bytes -> byte[], enums and Json -> String).
 * DateTime columns hold UTC wall-clock times, as Prisma writes them.
 */
public class JdbcValues {

    /** PostgreSQL, MySQL and MariaDB. */
    public static final JdbcValues STANDARD = new JdbcValues();

    protected JdbcValues() {
    }

    /** Binds {@code value} (a Java value of the client's types, an {@link EnumValue}, or null) as parameter {@code index}. */
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        // the common types first, through their own setters (setObject tests the type again, slower)
        if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value == null) {
            statement.setObject(index, null);
        } else if (value instanceof Instant instant) {
            bindInstant(statement, index, instant);
        } else if (value instanceof EnumValue e) {
            bindEnum(statement, index, e);
        } else if (value instanceof JsonText json) {
            bindJson(statement, index, json);
        } else if (value instanceof ArrayValue array) {
            bindArray(statement, index, array);
        } else {
            statement.setObject(index, value);
        }
    }

    protected void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** PostgreSQL: a parameter of unspecified type, so the server reads the text as {@code jsonb}. */
    protected void bindJson(PreparedStatement statement, int index, JsonText json) throws SQLException {
        statement.setObject(index, json.json(), Types.OTHER);
    }

    /** PostgreSQL arrays through {@code Connection.createArrayOf}; databases without arrays refuse. */
    protected void bindArray(PreparedStatement statement, int index, ArrayValue array) throws SQLException {
        Object[] items = new Object[array.items().size()];
        for (int i = 0; i < items.length; i++) {
            Object item = array.items().get(i);
            if (item instanceof Instant instant) {
                item = java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (item instanceof EnumValue e) {
                item = e.name();
            } else if (item instanceof JsonText json) {
                item = json.json();
            }
            items[i] = item;
        }
        statement.setArray(index, statement.getConnection().createArrayOf(arrayElementType(array), items));
    }

    /** The database's name of an array's element type (for {@code createArrayOf}). */
    protected String arrayElementType(ArrayValue array) {
        if (array.kind() == null) {
            return "\"" + array.enumType().replace("\"", "\"\"") + "\""; // case-sensitive, as created
        }
        return switch (array.kind()) {
            case STRING -> "text";
            case INT -> "int4";
            case BIG_INT -> "int8";
            case FLOAT -> "float8";
            case DECIMAL -> "numeric";
            case BOOLEAN -> "bool";
            case DATE_TIME -> "timestamp";
            case BYTES -> "bytea";
            case JSON -> "jsonb";
            default -> throw new IllegalArgumentException("no array type for " + array.kind());
        };
    }

    protected void bindEnum(PreparedStatement statement, int index, EnumValue value) throws SQLException {
        statement.setObject(index, value.name(), Types.OTHER);
    }

    /**
     * Reads column {@code index} as the Java type of a field of {@code kind}; {@code kind} null means an
     * enum (read by name). SQL NULL reads as null.
     */
    public Object read(ResultSet rs, int index, ScalarKind kind) throws SQLException {
        Object value;
        if (kind == null) {
            return rs.getString(index);
        }
        switch (kind) {
            case STRING, JSON -> {
                return rs.getString(index);
            }
            case BOOLEAN -> value = rs.getBoolean(index);
            case INT -> value = rs.getInt(index);
            case BIG_INT -> value = rs.getLong(index);
            case FLOAT -> value = rs.getDouble(index);
            case DECIMAL -> {
                return rs.getBigDecimal(index);
            }
            case DATE_TIME -> {
                return readInstant(rs, index);
            }
            case BYTES -> {
                return rs.getBytes(index);
            }
            default -> throw new IllegalArgumentException("no reader for " + kind);
        }
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads a scalar list column (an SQL array) as a {@code List} of the element kind's Java type
     * ({@code kind} null: enum names). SQL NULL reads as an empty list, as Prisma does.
     */
    public java.util.List<Object> readList(ResultSet rs, int index, ScalarKind kind) throws SQLException {
        java.sql.Array array = rs.getArray(index);
        java.util.List<Object> out = new java.util.ArrayList<>();
        if (array == null) {
            return out;
        }
        Object[] items = (Object[]) array.getArray();
        for (Object item : items) {
            out.add(listItem(item, kind));
        }
        return out;
    }

    private static Object listItem(Object item, ScalarKind kind) {
        if (item == null || kind == null) {
            return item == null ? null : item.toString();
        }
        return switch (kind) {
            case INT -> ((Number) item).intValue();
            case BIG_INT -> ((Number) item).longValue();
            case FLOAT -> ((Number) item).doubleValue();
            case DECIMAL -> item instanceof java.math.BigDecimal d ? d : new java.math.BigDecimal(item.toString());
            case DATE_TIME -> item instanceof java.sql.Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC) : item;
            case STRING, JSON -> item.toString();
            default -> item;
        };
    }

    /**
     * A value of a field of {@code kind} (null: an enum) as the database wrote it into JSON (the
     * client's single-statement relation loading), as the same Java value {@link #read} gives for the
     * column: {@code json} is null, a String, a BigDecimal (any JSON number, digits kept) or a Boolean.
     * Bytes arrive as hexadecimal text and Json documents as their text.
     */
    public Object fromJson(ScalarKind kind, Object json) {
        if (json == null || kind == null) {
            return json == null ? null : json.toString();
        }
        switch (kind) {
            case STRING, JSON -> {
                return json.toString();
            }
            case BOOLEAN -> {
                return json instanceof Boolean b ? b : ((BigDecimal) json).signum() != 0;
            }
            case INT -> {
                return ((BigDecimal) json).intValueExact();
            }
            case BIG_INT -> {
                return ((BigDecimal) json).longValueExact();
            }
            case FLOAT -> {
                return json instanceof BigDecimal d ? d.doubleValue() : Double.parseDouble(json.toString());
            }
            case DECIMAL -> {
                return decimalFromJson(json instanceof BigDecimal d ? d : new BigDecimal(json.toString()));
            }
            case DATE_TIME -> {
                return instantFromJson(json);
            }
            case BYTES -> {
                return HexFormat.of().parseHex(json.toString());
            }
            default -> throw new IllegalArgumentException("no JSON reader for " + kind);
        }
    }

    protected BigDecimal decimalFromJson(BigDecimal value) {
        return value;
    }

    /**
     * ISO text with a T or a space, with or without an offset, a date, or a time of day; a number is
     * epoch milliseconds.
     */
    protected Instant instantFromJson(Object json) {
        if (json instanceof BigDecimal millis) {
            return Instant.ofEpochMilli(millis.longValueExact());
        }
        String text = json.toString().replace(' ', 'T');
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (text.indexOf('T') < 0) {
            // a time of day (@db.Time): on 1970-01-01, as Prisma returns it
            return java.time.LocalTime.parse(text).atDate(LocalDate.EPOCH).toInstant(ZoneOffset.UTC);
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    protected Instant readInstant(ResultSet rs, int index) throws SQLException {
        LocalDateTime time = rs.getObject(index, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads column {@code index} of a raw query's result by the column's SQL type, as Prisma types raw
     * results: integer -> Integer, bigint (and counts, sums of integers) -> Long, numeric -> BigDecimal,
     * real/double -> Double, timestamps, dates and times -> Instant (times on 1970-01-01 UTC), boolean ->
     * Boolean, binary -> byte[], arrays -> List, text, Json, uuid and anything else -> String. SQL NULL
     * reads as null.
     */
    public Object readRaw(ResultSet rs, int index, ResultSetMetaData meta) throws SQLException {
        int type = meta.getColumnType(index);
        String name = String.valueOf(meta.getColumnTypeName(index)).toLowerCase(java.util.Locale.ROOT);
        switch (type) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                return read(rs, index, ScalarKind.INT);
            case Types.BIGINT:
                return read(rs, index, ScalarKind.BIG_INT);
            case Types.NUMERIC, Types.DECIMAL:
                return read(rs, index, ScalarKind.DECIMAL);
            case Types.REAL, Types.FLOAT, Types.DOUBLE:
                return read(rs, index, ScalarKind.FLOAT);
            case Types.BOOLEAN, Types.BIT:
                return name.startsWith("bit") && meta.getPrecision(index) > 1 ? rs.getString(index) : read(rs, index, ScalarKind.BOOLEAN);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return rs.getBytes(index);
            case Types.DATE: {
                LocalDate date = rs.getObject(index, LocalDate.class);
                return date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            case Types.TIME: {
                LocalTime time = rs.getObject(index, LocalTime.class);
                return time == null ? null : time.atDate(LocalDate.EPOCH).toInstant(ZoneOffset.UTC);
            }
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return readOffsetInstant(rs, index);
            case Types.TIMESTAMP:
                return name.equals("timestamptz") ? readOffsetInstant(rs, index) : read(rs, index, ScalarKind.DATE_TIME);
            case Types.ARRAY: {
                java.sql.Array array = rs.getArray(index);
                if (array == null) {
                    return null;
                }
                Object elements = array.getArray();
                return elements instanceof Object[] objects ? new ArrayList<>(Arrays.asList(objects)) : List.of(elements);
            }
            default:
                return rs.getString(index);
        }
    }

    private static Instant readOffsetInstant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
