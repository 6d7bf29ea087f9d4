package dev.refract.client.pool;

import static dev.refract.client.pool.PoolTesting.poolsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.client.PoolStats;
import dev.refract.client.RefractClient;
import dev.refract.client.internal.pool.PoolRegistry;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process-wide pool registry on SQLite files: sharing, reference counts, the Cleaner, warnings. */
class PoolRegistrySqliteTest {
    private static final Schema SCHEMA = PoolTesting.itemSchema("sqlite");

    @TempDir
    Path dir;

    /** A SQLite file with the Item table and one row; its Prisma URL with {@code parameters}. */
    private String database(String name, String parameters) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS Item (id INTEGER PRIMARY KEY)");
            s.execute("INSERT OR IGNORE INTO Item (id) VALUES (1)");
        }
        return "file:" + file + parameters;
    }

    private static RefractClient client(String url) {
        return RefractClient.builder(SCHEMA, ConnectionUrl.parse(url)).build();
    }

    @Test
    void clientsOfOneUrlShareOnePoolWhichTheLastCloseCloses() throws Exception {
        String url = database("share.db", "?connection_limit=3");
        RefractClient first = client(url);
        RefractClient second = client(url);
        assertThat(first.execute("Item", "count", Map.of())).isEqualTo(1);
        assertThat(second.execute("Item", "count", Map.of())).isEqualTo(1);
        List<PoolStats> pools = poolsOf("share.db");
        assertThat(pools).singleElement().satisfies(p -> {
            assertThat(p.clients()).isEqualTo(2);
            assertThat(p.connectionLimit()).isEqualTo(3);
            assertThat(p.poolTimeout().toSeconds()).isEqualTo(10);
            assertThat(p.total()).isBetween(1, 3);
            assertThat(p.active()).isZero();
            assertThat(p.waiting()).isZero();
        });
        assertThat(first.pool()).get().extracting(PoolStats::clients).isEqualTo(2);
        first.close();
        first.close();
        assertThat(poolsOf("share.db")).singleElement().extracting(PoolStats::clients).isEqualTo(1);
        assertThatThrownBy(() -> first.execute("Item", "count", Map.of())).isInstanceOf(IllegalStateException.class);
        second.close();
        assertThat(poolsOf("share.db")).isEmpty();
    }

    @Test
    void fiveHundredThreadsCreatingAndClosingClientsForThreeUrlsKeepAtMostThreePools() throws Exception {
        List<String> urls = List.of(database("c1.db", ""), database("c2.db", ""), database("c3.db", ""));
        PoolRegistry registry = PoolRegistry.global();
        long openedBefore = registry.openedPools();
        long closedBefore = registry.closedPools();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger mostPools = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                int n = (int) RefractClient.pools().stream().filter(p -> p.database().matches(".*c[123]\\.db.*")).count();
                mostPools.accumulateAndGet(n, Math::max);
                assertThat(RefractClient.pools().stream().filter(p -> p.database().contains("c1.db")).count()).isLessThanOrEqualTo(1);
            }
        });
        sampler.start();
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String url = urls.get(i % 3);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    try (RefractClient client = client(url)) {
                        assertThat(client.execute("Item", "count", Map.of())).isEqualTo(1);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            assertThat(thread.isAlive()).as("a thread still runs after 60 s: deadlock?").isFalse();
        }
        running.set(false);
        sampler.join();
        assertThat(failures).isEmpty();
        assertThat(mostPools.get()).isBetween(1, 3);
        assertThat(poolsOf(".db")).noneMatch(p -> p.database().matches(".*c[123]\\.db.*"));
        assertThat(registry.openedPools() - openedBefore).isEqualTo(registry.closedPools() - closedBefore).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aClientDroppedWithoutCloseIsReleasedByTheCleaner() throws Exception {
        String url = database("dropped.db", "");
        createAndDrop(url);
        assertThat(poolsOf("dropped.db")).singleElement().extracting(PoolStats::clients).isEqualTo(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!poolsOf("dropped.db").isEmpty() && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(poolsOf("dropped.db")).as("the Cleaner closed the pool").isEmpty();
    }

    private static void createAndDrop(String url) {
        RefractClient careless = client(url);
        assertThat(careless.execute("Item", "count", Map.of())).isEqualTo(1);
    }

    @Test
    void theTenthLiveClientOfOneDatabaseWarnsOnceWithWhereItWasCreated() throws Exception {
        String url = database("ten.db", "");
        List<RefractClient> clients = new ArrayList<>();
        try (PoolTesting.LogCapture log = new PoolTesting.LogCapture()) {
            for (int i = 0; i < 9; i++) {
                clients.add(client(url));
            }
            assertThat(log.about("ten.db")).isEmpty();
            clients.add(client(url));
            clients.add(client(url));
            List<LogRecord> warnings = log.about("ten.db");
            assertThat(warnings).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getMessage()).startsWith("This is the 10th live RefractClient for SQLite database \"ten.db\"");
                assertThat(r.getThrown().getStackTrace()).anyMatch(e -> e.getMethodName().equals("client")
                        && e.getClassName().equals(PoolRegistrySqliteTest.class.getName()));
            });
        } finally {
            clients.forEach(RefractClient::close);
        }
        assertThat(poolsOf("ten.db")).isEmpty();
    }

    @Test
    void anotherConnectionLimitForTheSameDatabaseGetsItsOwnPoolAndAWarning() throws Exception {
        String url = database("settings.db", "?connection_limit=2");
        try (PoolTesting.LogCapture log = new PoolTesting.LogCapture();
                RefractClient two = client(url);
                RefractClient alsoTwo = client(url)) {
            assertThat(log.about("settings.db")).isEmpty();
            try (RefractClient four = client(url.replace("connection_limit=2", "connection_limit=4"))) {
                assertThat(poolsOf("settings.db")).extracting(PoolStats::connectionLimit).containsExactlyInAnyOrder(2, 4);
                assertThat(four.execute("Item", "count", Map.of())).isEqualTo(1);
                assertThat(log.about("settings.db")).singleElement().satisfies(r -> {
                    assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                    assertThat(r.getMessage()).contains("connection_limit=4").contains("connection_limit=2");
                });
            }
            assertThat(poolsOf("settings.db")).extracting(PoolStats::connectionLimit).containsExactly(2);
        }
        assertThat(poolsOf("settings.db")).isEmpty();
    }

    @Test
    void invalidPoolParametersAreP1013() throws Exception {
        String url = database("invalid.db", "?connection_limit=many");
        assertThatThrownBy(() -> client(url)).hasMessageContaining("connection_limit");
        assertThat(Files.exists(dir.resolve("invalid.db"))).isTrue();
    }
}
