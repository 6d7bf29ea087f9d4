package dev.refract.dialect.values;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * PostgreSQL: DateTime columns read through {@code getTimestamp} with a UTC calendar, which pgjdbc
 * decodes from its binary form directly (its {@code getObject(i, LocalDateTime.class)} formats the value
 * as text and parses it again: about 25 ns a value more).
 */
public final class PostgresValues extends JdbcValues {
    public static final PostgresValues INSTANCE = new PostgresValues();

    /**
     * Where {@code java.sql.Timestamp} (a Julian calendar before the Gregorian reform) and
     * {@code java.time} (proleptic Gregorian) agree again: 1583-01-01T00:00Z, in milliseconds.
     */
    private static final long GREGORIAN_SINCE = -12_212_553_600_000L;

    /**
     * Read only: pgjdbc asks it for its time zone and nothing else. Its zone is taken once here, so
     * that later reads change nothing in it ({@code Calendar.getTimeZone} clones a shared zone on its
     * first call).
     */
    private static final Calendar UTC = utc();

    private PostgresValues() {
    }

    private static Calendar utc() {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.getTimeZone();
        return calendar;
    }

    @Override
    protected Instant readInstant(ResultSet rs, int index) throws SQLException {
        Timestamp time = rs.getTimestamp(index, UTC);
        if (time == null) {
            return null;
        }
        if (time.getTime() >= GREGORIAN_SINCE) {
            return time.toInstant();
        }
        // before the reform the two calendars name days differently: read as java.time does
        String type = rs.getMetaData().getColumnTypeName(index);
        if ("timestamptz".equals(type)) {
            return rs.getObject(index, OffsetDateTime.class).toInstant();
        }
        if ("date".equals(type)) {
            return rs.getObject(index, LocalDate.class).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return super.readInstant(rs, index);
    }
}
