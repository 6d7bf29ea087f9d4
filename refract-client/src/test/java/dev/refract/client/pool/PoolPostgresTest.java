package dev.refract.client.pool;

import static dev.refract.client.pool.PoolTesting.poolsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.refract.client.PoolStats;
import dev.refract.client.RefractClient;
import dev.refract.client.Sql;
import dev.refract.client.RefractException;
import dev.refract.client.TransactionOptions;
import dev.refract.client.pool.app.CarelessApp;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared pools on PostgreSQL: exhaustion (P2024), and dev-server reloads against a role's connection limit. */
@PostgresTest
class PoolPostgresTest {
    private static final Schema SCHEMA = PoolTesting.itemSchema("postgresql");
    private static final String ROLE = "refract_reload_" + UUID.randomUUID().toString().substring(0, 8);

    private final TestDatabase db;

    PoolPostgresTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void tableAndRole(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE \"Item\" (id integer PRIMARY KEY)", "INSERT INTO \"Item\" VALUES (1)",
                "CREATE ROLE " + ROLE + " LOGIN CONNECTION LIMIT 20", "GRANT SELECT ON \"Item\" TO " + ROLE);
    }

    @AfterAll
    static void dropRole(TestDatabase db) throws SQLException {
        db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + ROLE + "'",
                "DROP OWNED BY " + ROLE, "DROP ROLE " + ROLE);
    }

    private String url(String user, String parameters) {
        ConnectionUrl base = ConnectionUrl.parse(db.prismaUrl());
        return "postgresql://" + user + "@" + base.host() + ":" + base.port() + "/" + base.database() + "?" + parameters;
    }

    /**
     * A write whose connection dies under it (the server ends the backend) fails with the database's
     * own error, not with the pool's "connection is closed" from tidying up afterwards; the next write
     * gets a new connection.
     */
    @Test
    void aConnectionKilledUnderAWriteReportsTheWritesOwnFailure() throws Exception {
        String url = url(db.user(), "connection_limit=1&application_name=refract_killed");
        try (RefractClient client = RefractClient.builder(SCHEMA, ConnectionUrl.parse(url)).build()) {
            for (String action : List.of("single", "transaction")) {
                int pid = ((Number) client.queryRaw(Sql.of("SELECT pg_backend_pid() AS pid")).get(0).get("pid")).intValue();
                db.execute("SELECT pg_terminate_backend(" + pid + ")");
                Map<String, Object> args = Map.of("where", Map.of("id", 1), "data", Map.of("id", 1));
                assertThatThrownBy(() -> {
                    if (action.equals("single")) {
                        client.execute("Item", "update", args);
                    } else {
                        client.transaction(tx -> tx.execute("Item", "update", args));
                    }
                }).as(action).isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("Connection is closed");
                    assertThat(e.getSuppressed()).allSatisfy(s -> assertThat(s).hasMessageContaining("Connection is closed"));
                });
                assertThat(client.execute("Item", "update", args)).isEqualTo(Map.of("id", 1));
            }
        }
    }

    @Test
    void aFullPoolFailsWithP2024AfterPoolTimeout() throws Exception {
        String url = url(db.user(), "connection_limit=2&pool_timeout=2&application_name=refract_p2024");
        ExecutorService holders = Executors.newFixedThreadPool(2);
        try (RefractClient client = RefractClient.builder(SCHEMA, ConnectionUrl.parse(url)).build()) {
            CountDownLatch held = new CountDownLatch(2);
            CountDownLatch done = new CountDownLatch(1);
            List<Future<Object>> holding = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                holding.add(holders.submit(() -> client.transaction(TransactionOptions.DEFAULTS.withTimeout(Duration.ofSeconds(30)), tx -> {
                    tx.execute("Item", "count", Map.of());
                    held.countDown();
                    try {
                        done.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                })));
            }
            assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(client.pool()).get().satisfies(p -> {
                assertThat(p.active()).isEqualTo(2);
                assertThat(p.total()).isEqualTo(2);
            });
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.execute("Item", "count", Map.of())).isInstanceOfSatisfying(RefractException.class, e -> {
                assertThat(e.code()).isEqualTo("P2024");
                assertThat(e.getMessage()).isEqualTo("Timed out fetching a new connection from the connection pool. More info: "
                        + "http://pris.ly/d/connection-pool (Current connection pool timeout: 2, connection limit: 2)");
                assertThat(e.meta()).containsEntry("connection_limit", 2).containsEntry("timeout", 2L);
            });
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(3));
            done.countDown();
            for (Future<Object> f : holding) {
                f.get(20, TimeUnit.SECONDS);
            }
            assertThat(client.execute("Item", "count", Map.of())).isEqualTo(1);
        } finally {
            holders.shutdownNow();
        }
    }

    /**
     * Issue 5's acceptance: 200 reloads of application code that builds a client each time and never
     * closes it, against a role limited to 20 connections, with connection_limit=5: no error, never
     * more than 5 backends, and all of them gone once the forgotten clients are collected.
     */
    @Test
    void twoHundredReloadsOfCarelessCodeStayWithinTheConnectionLimit() throws Exception {
        String url = url(ROLE, "connection_limit=5&application_name=" + ROLE);
        URL appClasses = CarelessApp.class.getProtectionDomain().getCodeSource().getLocation();
        int maxBackends = 0;
        List<Throwable> errors = new ArrayList<>();
        try (PoolTesting.LogCapture log = new PoolTesting.LogCapture()) {
            for (int reload = 1; reload <= 200; reload++) {
                try {
                    assertThat(reload(appClasses, url)).isEqualTo(1);
                } catch (Exception e) {
                    errors.add(e);
                }
                maxBackends = Math.max(maxBackends, backends());
            }
            assertThat(log.about(ROLE)).anyMatch(r -> r.getMessage().startsWith("This is the 10th live RefractClient"));
        }
        assertThat(errors).isEmpty();
        assertThat(maxBackends).isBetween(1, 5);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((!poolsOf(ROLE).isEmpty() || backends() > 0) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(poolsOf(ROLE)).as("the forgotten clients' pool is closed").isEmpty();
        assertThat(backends()).as("every backend of the role is gone").isZero();
    }

    /** One reload: a fresh classloader, the application class loaded anew, its query run; nothing of it stays reachable here. */
    private Object reload(URL appClasses, String url) throws Exception {
        try (ReloadingClassLoader loader = new ReloadingClassLoader(appClasses, getClass().getClassLoader())) {
            Class<?> app = loader.loadClass(CarelessApp.class.getName());
            assertThat(app).isNotSameAs(CarelessApp.class);
            @SuppressWarnings("unchecked")
            Function<String, Object> instance = (Function<String, Object>) app.getDeclaredConstructor().newInstance();
            return instance.apply(url);
        }
    }

    /** The failure users know, on the same role: a new pool per reload runs out of connections before reload 10. */
    @Test
    void aNewPoolPerReloadRunsOutOfConnectionsBeforeReloadTen() throws Exception {
        ConnectionUrl parsed = ConnectionUrl.parse(url(ROLE, "application_name=" + ROLE + "_naive"));
        List<HikariDataSource> pools = new ArrayList<>();
        Throwable failure = null;
        int reload = 0;
        try {
            while (failure == null && reload < 20) {
                reload++;
                try {
                    HikariConfig config = new HikariConfig();
                    config.setJdbcUrl(parsed.jdbcUrl());
                    config.setUsername(ROLE);
                    config.setMaximumPoolSize(5);
                    HikariDataSource pool = new HikariDataSource(config);
                    pools.add(pool);
                    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                        s.execute("SELECT count(*) FROM \"Item\"");
                    }
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (pool.getHikariPoolMXBean().getTotalConnections() < 5 && System.nanoTime() < deadline) {
                        Thread.sleep(20); // Hikari fills the pool in the background, as it does in an application
                    }
                } catch (Exception e) {
                    failure = e;
                }
            }
        } finally {
            pools.forEach(HikariDataSource::close);
        }
        assertThat(reload).isLessThan(10);
        assertThat(failure).hasStackTraceContaining("too many connections for role");
    }

    private int backends() throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + ROLE + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void poolStatsNameTheDatabaseWithoutThePassword() {
        String url = url("postgres:secret-pw", "connection_limit=3");
        try (RefractClient client = RefractClient.builder(SCHEMA, ConnectionUrl.parse(url)).build()) {
            assertThat(client.pool()).get().extracting(PoolStats::database).asString()
                    .contains("PostgreSQL database").doesNotContain("secret-pw");
        }
    }
}
