package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.client.dynamic.QueryParser;
import dev.refract.client.query.ReadQuery;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** client.stream(query): same records as findMany, includes per chunk, connections given back, transactions joined. */
class StreamTest {

    abstract static class OnDatabase extends BlogDatabase {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        /** Two parents per chunk, so four users make two chunks. */
        @Override
        protected int chunkSize() {
            return 2;
        }

        /** Counts connections opened and closed. */
        @Override
        protected ConnectionSource connectionSource() {
            return () -> {
                opened.incrementAndGet();
                Connection c = db().open();
                return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                closed.incrementAndGet();
                            }
                            try {
                                return method.invoke(c, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            };
        }

        ReadQuery query(String model, Map<String, Object> args) {
            return new QueryParser(schema).many(schema.model(model).orElseThrow(), args);
        }

        @Test
        void streamsTheRecordsFindManyReads() {
            Map<String, Object> args = m("where", m("id", m("gt", 1)), "orderBy", m("id", "desc"));
            List<Map<String, Object>> expected = client.findMany(query("User", args));
            statements.clear();
            try (Stream<Map<String, Object>> users = client.stream(query("User", args))) {
                assertThat(users.collect(Collectors.toList())).isEqualTo(expected).hasSize(3);
            }
            assertThat(statements).hasSize(1);
        }

        @Test
        void includesLoadPerChunkNeverPerRecord() {
            Map<String, Object> args = m("orderBy", m("id", "asc"), "include", m("posts", m("orderBy", m("id", "asc")), "profile", true));
            List<Map<String, Object>> expected = client.findMany(query("User", args));
            statements.clear();
            try (Stream<Map<String, Object>> users = client.stream(query("User", args))) {
                assertThat(users.collect(Collectors.toList())).isEqualTo(expected);
            }
            // the users, then posts and profile for users 1-2 and for users 3-4
            assertThat(statements).hasSize(5);
        }

        @Test
        void connectionsComeBackWhenClosedOrReadToTheEnd() {
            int before = opened.get();
            try (Stream<Map<String, Object>> users = client.stream(query("Post", m("include", m("author", true))))) {
                assertThat(users.limit(1).count()).isEqualTo(1);
            }
            assertThat(closed.get()).isEqualTo(opened.get());
            Iterator<Map<String, Object>> unclosed = client.stream(query("User", m())).iterator();
            int n = 0;
            while (unclosed.hasNext()) {
                unclosed.next();
                n++;
            }
            assertThat(n).isEqualTo(4);
            assertThat(closed.get()).isEqualTo(opened.get());
            assertThat(opened.get() - before).isEqualTo(dialect().streamBlocksConnection() ? 3 : 2);
        }

        @Test
        void insideATransactionTheStreamSeesItsWrites() {
            List<Object> titles = new ArrayList<>();
            assertThatThrownBy(() -> client.transaction(tx -> {
                client.executeRaw(Sql.of("UPDATE ", Sql.raw(dialect().quote("Post")), " SET ", Sql.raw(dialect().quote("title")),
                        " = ", "in tx"));
                try (Stream<Map<String, Object>> posts = client.stream(query("Post", m("orderBy", m("id", "asc"))))) {
                    posts.forEach(p -> titles.add(p.get("title")));
                }
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(titles).containsExactly("in tx", "in tx", "in tx", "in tx");
            assertThat(client.findMany(query("Post", m("where", m("title", "in tx"))))).isEmpty();
        }

        @Test
        void aNegativeTakeIsRefused() {
            assertThatThrownBy(() -> client.stream(query("User", m("take", -1, "orderBy", m("id", "asc")))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative take");
        }

        @Test
        void failuresInsideTheStreamCloseIt() {
            int before = closed.get();
            try (Stream<Map<String, Object>> users = client.stream(query("User", m("orderBy", m("id", "asc"))))) {
                assertThatThrownBy(() -> users.forEach(u -> {
                    throw new IllegalStateException("consumer failed");
                })).hasMessage("consumer failed");
            }
            assertThat(closed.get()).isEqualTo(opened.get()).isGreaterThan(before);
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

        @Test
        void theStreamReadsInItsOwnTransactionAndEndsIt() throws Exception {
            try (Stream<Map<String, Object>> users = client.stream(query("User", m()))) {
                Iterator<Map<String, Object>> it = users.iterator();
                it.next();
                assertThat(openTransactions()).isEqualTo(1);
            }
            assertThat(openTransactions()).isZero();
        }

        private long openTransactions() throws Exception {
            try (Connection c = db.open(); var s = c.createStatement();
                    var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND state = 'idle in transaction'")) {
                rs.next();
                return rs.getLong(1);
            }
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

        @Test
        void includesInsideATransactionWarn() {
            List<LogEvent> warnings = new ArrayList<>();
            RefractClient logged = RefractClient.builder(schema, connectionSource()).chunkSize(2)
                    .onLog(LogLevel.WARN, warnings::add).build();
            List<Map<String, Object>> users = logged.transaction(tx -> {
                try (Stream<Map<String, Object>> s = logged.stream(query("User", m("include", m("posts", true))))) {
                    return s.collect(Collectors.toList());
                }
            });
            assertThat(users).hasSize(4);
            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.target()).isEqualTo("stream");
                assertThat(w.message()).contains("inside a transaction");
            });
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
    }
}
