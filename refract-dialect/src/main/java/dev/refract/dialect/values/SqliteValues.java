package dev.refract.dialect.values;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * SQLite: Prisma's native connector stores DateTime as integer milliseconds since the epoch (reads
 * also accept SQLite's text forms, such as {@code CURRENT_TIMESTAMP} defaults), and enums as text.
 */
public final class SqliteValues extends JdbcValues {
    public static final SqliteValues INSTANCE = new SqliteValues();
    private static final DateTimeFormatter SQLITE_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private SqliteValues() {
    }

    @Override
    protected void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setLong(index, instant.toEpochMilli());
    }

    @Override
    protected void bindEnum(PreparedStatement statement, int index, EnumValue value) throws SQLException {
        statement.setString(index, value.name());
    }

    /**
     * Decimal columns hold INTEGER or REAL values: JSON writes a REAL with up to 17 digits, the column
     * reads as {@code BigDecimal.valueOf(double)}, so a number with a fraction or exponent goes through double.
     */
    @Override
    protected java.math.BigDecimal decimalFromJson(java.math.BigDecimal value) {
        return value.scale() == 0 ? value : java.math.BigDecimal.valueOf(value.doubleValue());
    }

    @Override
    protected Instant readInstant(ResultSet rs, int index) throws SQLException {
        Object raw = rs.getObject(index);
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        String text = raw.toString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            return LocalDateTime.parse(text, SQLITE_TEXT).toInstant(ZoneOffset.UTC);
        }
    }

    /** JSON documents are text parameters. */
    @Override
    protected void bindJson(PreparedStatement statement, int index, JsonText json) throws SQLException {
        statement.setString(index, json.json());
    }

    @Override
    protected void bindArray(PreparedStatement statement, int index, ArrayValue array) throws SQLException {
        throw new SQLException("SQLite has no scalar lists");
    }

    /**
     * SQLite's columns have no fixed type: integers read as Integer when they fit, else Long; real
     * values as Double; DATETIME, DATE and TIMESTAMP declared columns as Instant; other text as String.
     */
    @Override
    public Object readRaw(ResultSet rs, int index, java.sql.ResultSetMetaData meta) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            return null;
        }
        String declared = String.valueOf(meta.getColumnTypeName(index)).toUpperCase(java.util.Locale.ROOT);
        if (declared.startsWith("DATE") || declared.startsWith("TIMESTAMP")) {
            return readInstant(rs, index);
        }
        if (declared.startsWith("DECIMAL") || declared.startsWith("NUMERIC")) {
            return rs.getBigDecimal(index);
        }
        if (declared.startsWith("BOOLEAN")) {
            return rs.getBoolean(index);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof byte[]) {
            return value;
        }
        if (value instanceof Number n) {
            return n instanceof Float ? Double.valueOf(n.doubleValue()) : value;
        }
        return value.toString();
    }
}
