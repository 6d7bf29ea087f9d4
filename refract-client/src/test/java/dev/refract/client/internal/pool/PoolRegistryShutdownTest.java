package dev.refract.client.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the JVM shutdown hook runs: pools close after the transactions in flight finish, within a bound. */
class PoolRegistryShutdownTest {
    private static final Dialect SQLITE = Dialect.of(Provider.SQLITE);

    @TempDir
    Path dir;

    @Test
    void closeAllLetsATransactionInFlightCommitFirst() throws Exception {
        Path file = Files.createFile(dir.resolve("shutdown.db"));
        PoolRegistry registry = new PoolRegistry();
        Object owner = new Object();
        PoolLease lease = registry.lease(SQLITE, ConnectionUrl.parse("file:" + file), owner);
        try (Connection c = lease.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        }
        CountDownLatch begun = new CountDownLatch(1);
        CompletableFuture<Void> transaction = CompletableFuture.runAsync(() -> {
            try (Connection c = lease.open(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO t VALUES (1)");
                begun.countDown();
                Thread.sleep(500);
                c.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        registry.closeAll(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(4));
        transaction.get(5, TimeUnit.SECONDS);
        assertThat(registry.stats()).isEmpty();
        assertThat(registry.closedPools()).isEqualTo(1);
        lease.release();
        assertThat(registry.closedPools()).as("a pool closeAll closed is not closed again").isEqualTo(1);
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the transaction committed").isEqualTo(1);
        }
    }

    @Test
    void theShutdownHookLetsATransactionInFlightCommitWhenTheProgramExits() throws Exception {
        Path file = Files.createFile(dir.resolve("exit.db"));
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ExitingApp.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("exit.log").toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("exit.log"))).isZero();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).as("committed before the pool closed").isEqualTo(1);
        }
    }
}
