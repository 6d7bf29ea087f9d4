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
}
