package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.TableRef;
import dev.refract.dialect.sql.Update;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Interactive and batch transactions: commit, rollback on exceptions, joining, timeouts (P2028), on each database. */
class TransactionTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase extends BlogDatabase {

        static String email() {
            return "t" + SEQ.incrementAndGet() + "@tx.io";
        }

        long users(String email) {
            return ((Number) client.execute("User", "count", m("where", m("email", email)))).longValue();
        }

        static Map<String, Object> user(String email) {
            return m("data", m("email", email, "password", "p"));
        }

        @Test
        void commitsWhenTheCallbackReturns() {
            String email = email();
            Object title = client.transaction(tx -> {
                Map<String, Object> u = (Map<String, Object>) tx.execute("User", "create", user(email));
                Map<String, Object> p = (Map<String, Object>) tx.execute("Post", "create", m("data", m("title", "tx post", "authorId", u.get("id"))));
                assertThat(tx.execute("User", "findUnique", m("where", m("email", email)))).isNotNull();
                return p.get("title");
            });
            assertThat(title).isEqualTo("tx post");
            assertThat(users(email)).isEqualTo(1);
        }

        @Test
        void anExceptionInsideRollsBackEverything() {
            String email = email();
            assertThatThrownBy(() -> client.transaction(tx -> {
                Map<String, Object> u = (Map<String, Object>) tx.execute("User", "create", user(email));
                tx.execute("Post", "create", m("data", m("title", "rolled back", "authorId", u.get("id"))));
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
            assertThat(users(email)).isZero();
            assertThat(((Number) client.execute("Post", "count", m("where", m("title", "rolled back")))).longValue()).isZero();
        }

        @Test
        void aDatabaseErrorInsideRollsBackEarlierWrites() {
            String email = email();
            assertThatThrownBy(() -> client.transaction(tx -> {
                tx.execute("User", "create", user(email));
                return tx.execute("User", "create", user(email));
            })).isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2002"));
            assertThat(users(email)).isZero();
        }

        @Test
        void nestedTransactionsJoinTheOuterOne() {
            String inner = email();
            String nested = email();
            assertThatThrownBy(() -> client.transaction(tx -> {
                tx.transaction(t2 -> t2.execute("User", "create", user(inner)));
                client.transaction(t3 -> t3.execute("User", "create", user(nested)));
                client.execute("User", "update", m("where", m("email", nested), "data", m("name", "joined")));
                throw new IllegalStateException("outer fails");
            })).hasMessage("outer fails");
            assertThat(users(inner)).isZero();
            assertThat(users(nested)).isZero();
        }

        @Test
        void batchIsAllOrNothing() {
            String a = email();
            String b = email();
            List<Object> results = client.transaction(List.of(Operation.of("User", "create", user(a)),
                    Operation.of("User", "create", user(b)), Operation.of("User", "count", m("where", m("email", m("in", List.of(a, b)))))));
            assertThat(results).hasSize(3);
            assertThat(results.get(2)).isEqualTo(2);
            String c = email();
            assertThatThrownBy(() -> client.transaction(List.of(Operation.of("User", "create", user(c)),
                    Operation.of("User", "create", user(a))))).isInstanceOfSatisfying(RefractException.class,
                    e -> assertThat(e.code()).isEqualTo("P2002"));
            assertThat(users(c)).isZero();
        }

        @Test
        void pastTheTimeoutOperationsFailWithP2028AndNothingCommits() {
            String email = email();
            TransactionOptions options = TransactionOptions.DEFAULTS.withTimeout(Duration.ofMillis(100));
            assertThatThrownBy(() -> client.transaction(options, tx -> {
                tx.execute("User", "create", user(email));
                sleep(200);
                return tx.execute("User", "findMany", m());
            })).isInstanceOfSatisfying(RefractException.class, e -> {
                assertThat(e.code()).isEqualTo("P2028");
                assertThat(e.getMessage()).contains("expired transaction").contains("100 ms");
            });
            assertThat(users(email)).isZero();
            assertThatThrownBy(() -> client.transaction(options, tx -> {
                tx.execute("User", "create", user(email));
                sleep(200);
                return null;
            })).isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2028"));
            assertThat(users(email)).isZero();
        }

        @Test
        void aFinishedTransactionCannotBeUsed() {
            Transaction[] kept = new Transaction[1];
            client.transaction(tx -> kept[0] = tx);
            assertThatThrownBy(() -> kept[0].execute("User", "count", m()))
                    .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2028"));
        }

        @Test
        void serializableIsolation() {
            String email = email();
            client.transaction(TransactionOptions.DEFAULTS.withIsolationLevel(IsolationLevel.SERIALIZABLE),
                    tx -> tx.execute("User", "create", user(email)));
            assertThat(users(email)).isEqualTo(1);
        }

        /** Whether two transactions can both read and write at once (SQLite has one writer). */
        protected boolean concurrentWriters() {
            return true;
        }

        @Test
        void aWriteSkewBetweenSerializableTransactionsIsRetryableP2034() throws Exception {
            Assumptions.assumeTrue(concurrentWriters());
            String title = "skew" + SEQ.incrementAndGet();
            TransactionOptions serializable = TransactionOptions.DEFAULTS.withIsolationLevel(IsolationLevel.SERIALIZABLE)
                    .withTimeout(Duration.ofSeconds(20));
            CountDownLatch aRead = new CountDownLatch(1);
            CountDownLatch bRead = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = pool.submit(() -> client.transaction(serializable, tx -> {
                    tx.execute("Post", "count", m("where", m("title", title)));
                    aRead.countDown();
                    await(bRead);
                    return tx.execute("Post", "create", m("data", m("title", title, "authorId", 1)));
                }));
                Future<?> b = pool.submit(() -> client.transaction(serializable, tx -> {
                    await(aRead);
                    tx.execute("Post", "count", m("where", m("title", title)));
                    bRead.countDown();
                    return tx.execute("Post", "create", m("data", m("title", title, "authorId", 1)));
                }));
                List<Throwable> failures = new ArrayList<>();
                for (Future<?> f : List.of(a, b)) {
                    try {
                        f.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
                assertThat(failures).hasSize(1).first().isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2034");
                    assertThat(e.isRetryable()).isTrue();
                });
                assertThat(((Number) client.execute("Post", "count", m("where", m("title", title)))).intValue()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aStatementRunningPastTheTimeoutIsCancelledWithP2028() throws Exception {
            Assumptions.assumeTrue(concurrentWriters());
            String email = email();
            client.execute("User", "create", user(email));
            RenderedSql lock = SqlRenderer.render(dialect(), new Update(TableRef.of("User"),
                    List.of(new Update.Assignment("name", Expr.param("locked"))), Expr.eq(Expr.column(null, "email"), Expr.param(email)), List.of()));
            try (Connection other = db().open()) {
                other.setAutoCommit(false);
                try (PreparedStatement ps = other.prepareStatement(lock.sql())) {
                    ps.setObject(1, "locked");
                    ps.setObject(2, email);
                    ps.executeUpdate();
                }
                long start = System.nanoTime();
                assertThatThrownBy(() -> client.transaction(TransactionOptions.DEFAULTS.withTimeout(Duration.ofMillis(1500)),
                        tx -> tx.execute("User", "update", m("where", m("email", email), "data", m("name", "waiting")))))
                        .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2028"));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
                other.rollback();
            }
            assertThat(((Map<String, Object>) client.execute("User", "findUnique", m("where", m("email", email)))).get("name")).isNull();
        }

        static void await(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other transaction did not get there");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Nested
    @PostgresTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Postgres extends OnDatabase {
        private final TestDatabase db;

        Postgres(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.POSTGRESQL;
        }

        @Override
        protected void afterSeed(Connection c) throws SQLException {
            WriteTest.advanceSequences(c);
        }
    }

    @Nested
    @MySqlTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MySql extends OnDatabase {
        private final TestDatabase db;

        MySql(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.MYSQL;
        }
    }

    @Nested
    @SqliteTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Sqlite extends OnDatabase {
        private final TestDatabase db;

        Sqlite(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.SQLITE;
        }

        @Override
        protected ConnectionSource connectionSource() {
            return sqliteWithForeignKeys();
        }

        @Override
        protected boolean concurrentWriters() {
            return false;
        }
    }
}
