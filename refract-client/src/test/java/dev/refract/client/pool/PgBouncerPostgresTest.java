package dev.refract.client.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.client.RefractClient;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code pgbouncer=true} against a real PgBouncer in transaction mode, where consecutive transactions
 * of one client connection run on different server connections: named server-side prepared
 * statements would then collide ("prepared statement S_1 already exists") or be missing.
 */
@PostgresTest
class PgBouncerPostgresTest {
    private static final Schema SCHEMA = PoolTesting.itemSchema("postgresql");
    private static PgBouncer bouncer;

    private final TestDatabase db;

    PgBouncerPostgresTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void start(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE \"Item\" (id integer PRIMARY KEY)",
                "INSERT INTO \"Item\" SELECT generate_series(1, 10)");
        ConnectionUrl server = ConnectionUrl.parse(db.prismaUrl());
        // one server connection per database: every client connection's transactions share it in turn
        bouncer = PgBouncer.start(server.host(), server.port(), db.user(), db.password(), 1);
    }

    @AfterAll
    static void stop() throws Exception {
        if (bouncer != null) {
            bouncer.close();
        }
    }

    private String url(String parameters) {
        String database = ConnectionUrl.parse(db.prismaUrl()).database();
        return "postgresql://" + db.user() + "@127.0.0.1:" + bouncer.port() + "/" + database + "?" + parameters;
    }

    /** The failure {@code pgbouncer=true} prevents, shown with the driver's defaults: the same statement five times on two connections. */
    @Test
    void withoutItNamedPreparedStatementsCollideBehindPgBouncer() throws Exception {
        // the driver's own URL: what pgbouncer=true derives, less prepareThreshold=0
        String jdbcUrl = ConnectionUrl.parse(url("pgbouncer=true")).jdbcUrl().replace("&prepareThreshold=0", "");
        assertThat(jdbcUrl).doesNotContain("prepareThreshold");
        try (Connection first = DriverManager.getConnection(jdbcUrl, db.user(), db.password());
                Connection second = DriverManager.getConnection(jdbcUrl, db.user(), db.password())) {
            assertThat(countSixTimes(first)).isEqualTo(9);
            assertThatThrownBy(() -> countSixTimes(second)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("prepared statement \"S_1\" already exists");
        }
    }

    private static int countSixTimes(Connection connection) throws SQLException {
        int count = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM \"Item\" WHERE id > ?")) {
            for (int i = 0; i < 6; i++) { // pgjdbc names the statement on the server from the 5th execution on
                statement.setInt(1, 1);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                }
            }
        }
        return count;
    }

    @Test
    void manyQueriesAndTransactionsFromConcurrentClientConnectionsSucceed() throws Exception {
        String url = url("pgbouncer=true&connection_limit=4&application_name=refract_pgbouncer");
        assertThat(ConnectionUrl.parse(url).jdbcUrl()).contains("prepareThreshold=0");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (RefractClient client = RefractClient.builder(SCHEMA, ConnectionUrl.parse(url)).build()) {
            List<Future<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(threads.submit(() -> {
                    int done = 0;
                    for (int i = 0; i < 40; i++) {
                        int above = i % 10;
                        Object counted = client.transaction(tx -> {
                            Object count = tx.execute("Item", "count", Map.of("where", Map.of("id", Map.of("gt", above))));
                            List<?> rows = (List<?>) tx.execute("Item", "findMany",
                                    Map.of("where", Map.of("id", Map.of("gt", above))));
                            assertThat(rows).hasSize(10 - above);
                            return count;
                        });
                        assertThat(counted).isEqualTo(10 - above);
                        assertThat(client.execute("Item", "findUnique", Map.of("where", Map.of("id", above + 1))))
                                .isEqualTo(Map.of("id", above + 1));
                        done++;
                    }
                    return done;
                }));
            }
            int done = 0;
            for (Future<Integer> f : work) {
                done += f.get(120, TimeUnit.SECONDS);
            }
            assertThat(done).isEqualTo(8 * 40);
            assertThat(client.pool()).get().satisfies(p -> assertThat(p.total()).isBetween(2, 4));
        } finally {
            threads.shutdownNow();
        }
        assertThat(bouncer.log().split("new connection to server", -1)).as("one server connection served them all").hasSize(2);
    }
}
