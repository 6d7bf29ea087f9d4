package dev.refract.dialect.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.model.ScalarKind;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Values as databases write them into JSON, read as the Java values a column read gives. */
class JdbcValuesJsonTest {
    private static final JdbcValues STANDARD = JdbcValues.STANDARD;

    @Test
    void dateTimesInEachDatabasesJsonSpelling() {
        Instant t = Instant.parse("2024-01-01T10:00:00.120Z");
        assertThat(STANDARD.fromJson(ScalarKind.DATE_TIME, "2024-01-01T10:00:00.12")).isEqualTo(t);
        assertThat(STANDARD.fromJson(ScalarKind.DATE_TIME, "2024-01-01 10:00:00.120000")).isEqualTo(t);
        assertThat(STANDARD.fromJson(ScalarKind.DATE_TIME, "2024-01-01T11:00:00.12+01:00")).isEqualTo(t);
        assertThat(STANDARD.fromJson(ScalarKind.DATE_TIME, new BigDecimal(t.toEpochMilli()))).isEqualTo(t);
        assertThat(STANDARD.fromJson(ScalarKind.DATE_TIME, "2024-01-01")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(STANDARD.fromJson(ScalarKind.DATE_TIME, "10:00:00")).isEqualTo(Instant.parse("1970-01-01T10:00:00Z"));
    }

    @Test
    void numbersBooleansBytesAndText() {
        assertThat(STANDARD.fromJson(ScalarKind.DECIMAL, new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(STANDARD.fromJson(ScalarKind.BIG_INT, new BigDecimal("9007199254740993"))).isEqualTo(9007199254740993L);
        assertThat(STANDARD.fromJson(ScalarKind.FLOAT, new BigDecimal("0.30000000000000004"))).isEqualTo(0.1 + 0.2);
        assertThat(STANDARD.fromJson(ScalarKind.FLOAT, "NaN")).isEqualTo(Double.NaN);
        assertThat(STANDARD.fromJson(ScalarKind.BOOLEAN, BigDecimal.ONE)).isEqualTo(true);
        assertThat(STANDARD.fromJson(ScalarKind.BOOLEAN, Boolean.FALSE)).isEqualTo(false);
        assertThat((byte[]) STANDARD.fromJson(ScalarKind.BYTES, "00ff7F")).containsExactly(0, -1, 127);
        assertThat(STANDARD.fromJson(null, "ADMIN")).isEqualTo("ADMIN");
        assertThat(STANDARD.fromJson(ScalarKind.INT, null)).isNull();
    }

    @Test
    void sqliteDecimalsWithAFractionAreReadThroughDouble() {
        assertThat(SqliteValues.INSTANCE.fromJson(ScalarKind.DECIMAL, new BigDecimal("0.33333333333333332")))
                .isEqualTo(BigDecimal.valueOf(1.0 / 3));
        assertThat(SqliteValues.INSTANCE.fromJson(ScalarKind.DECIMAL, new BigDecimal("3"))).isEqualTo(new BigDecimal("3"));
    }
}
