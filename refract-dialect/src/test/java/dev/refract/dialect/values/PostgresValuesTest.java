package dev.refract.dialect.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.PostgresDialect;
import dev.refract.schema.model.ScalarKind;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** DateTime columns read back as the UTC instants Prisma wrote, whatever the JVM's zone and the driver's format. */
@PostgresTest
class PostgresValuesTest {
    private final TestDatabase db;

    PostgresValuesTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void timestampsReadAsUtcInstantsInTextAndBinaryFormAndBeforeTheGregorianReform() throws SQLException {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, at timestamp(3), tz timestamptz(3), d date)",
                "INSERT INTO t VALUES (1, '2024-03-01 12:34:56.789', '2024-03-01 12:34:56.789+00', '2024-03-01'),"
                        + " (2, '1500-06-15 08:00:00', '1500-06-15 08:00:00+00', '1500-06-15'),"
                        + " (3, NULL, NULL, NULL),"
                        + " (4, '1970-01-01 00:00:00', '1969-12-31 23:00:00-01', '1970-01-01')");
        List<Instant> expected = new ArrayList<>();
        for (String at : new String[] {"2024-03-01T12:34:56.789Z", "1500-06-15T08:00:00Z", null, "1970-01-01T00:00:00Z"}) {
            expected.add(at == null ? null : Instant.parse(at));
        }
        List<Instant> days = new ArrayList<>();
        for (String at : new String[] {"2024-03-01T00:00:00Z", "1500-06-15T00:00:00Z", null, "1970-01-01T00:00:00Z"}) {
            days.add(at == null ? null : Instant.parse(at));
        }
        JdbcValues values = new PostgresDialect().values();
        TimeZone zone = TimeZone.getDefault();
        // the JVM's zone must not matter: read in a zone west of UTC
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        // prepareThreshold=1 (the pool's setting): the first run reads text, the later ones binary
        try (Connection c = db.open()) {
            c.unwrap(org.postgresql.PGConnection.class).setPrepareThreshold(1);
            try (PreparedStatement ps = c.prepareStatement("SELECT at, tz, d FROM t ORDER BY id")) {
                for (int run = 0; run < 3; run++) {
                    List<Instant> at = new ArrayList<>();
                    List<Instant> tz = new ArrayList<>();
                    List<Instant> d = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            at.add((Instant) values.read(rs, 1, ScalarKind.DATE_TIME));
                            tz.add((Instant) values.read(rs, 2, ScalarKind.DATE_TIME));
                            d.add((Instant) values.read(rs, 3, ScalarKind.DATE_TIME));
                        }
                    }
                    assertThat(at).as("timestamp, run %d", run).isEqualTo(expected);
                    assertThat(tz).as("timestamptz, run %d", run).isEqualTo(expected);
                    assertThat(d).as("date, run %d", run).isEqualTo(days);
                }
            }
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
