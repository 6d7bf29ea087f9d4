package dev.refract.dialect.values;

import dev.refract.schema.model.ScalarKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

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
        if (value == null) {
            statement.setObject(index, null);
        } else if (value instanceof Instant instant) {
            bindInstant(statement, index, instant);
        } else if (value instanceof EnumValue e) {
            bindEnum(statement, index, e);
        } else {
            statement.setObject(index, value);
        }
    }

    protected void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
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
}
