package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Query, info, warn and error events to listeners and SLF4J; nothing built when nothing listens. */
class LoggingTest {

    abstract static class OnDatabase extends BlogDatabase {

        @Test
        void queryEventsCarrySqlParametersAndDuration() {
            List<QueryEvent> events = new ArrayList<>();
            RefractClient logged = RefractClient.builder(schema, connectionSource()).onQuery(events::add).build();
            Instant before = Instant.now();
            logged.execute("User", "findMany", m("where", m("email", "bob@y.io")));
            logged.queryRaw(Sql.of("SELECT ", 7, " AS seven"));
            assertThat(events).hasSize(2);
            QueryEvent find = events.get(0);
            assertThat(find.sql()).startsWith("SELECT").contains("WHERE").contains("?");
            assertThat(find.parameters()).containsExactly("bob@y.io");
            assertThat(find.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(find.timestamp()).isBetween(before.minusSeconds(1), Instant.now());
            assertThat(events.get(1).sql()).isEqualTo("SELECT ? AS seven");
            assertThat(events.get(1).parameters()).containsExactly(7);
        }

        @Test
        void writesAndStreamsAreReportedToo() {
            List<QueryEvent> events = new ArrayList<>();
            RefractClient logged = RefractClient.builder(schema, connectionSource()).onQuery(events::add).build();
            assertThatThrownBy(() -> logged.transaction(tx -> {
                logged.execute("User", "updateMany", m("where", m("id", 2), "data", m("name", "logged")));
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(events).extracting(QueryEvent::sql).anyMatch(sql -> sql.startsWith("UPDATE"));
            events.clear();
            try (var users = logged.stream(dev.refract.client.query.ReadQuery.all(schema.model("User").orElseThrow()))) {
                assertThat(users.count()).isEqualTo(4);
            }
            assertThat(events).hasSize(1);
        }

        @Test
        void errorEventsBeforeTheExceptionIsThrown() {
            List<LogEvent> errors = new ArrayList<>();
            RefractClient logged = RefractClient.builder(schema, connectionSource()).onLog(LogLevel.ERROR, errors::add).build();
            assertThatThrownBy(() -> logged.queryRaw(Sql.of("SELECT * FROM ", Sql.raw(dialect().quote("Nope")))))
                    .isInstanceOf(RefractException.class);
            assertThatThrownBy(() -> logged.execute("User", "update", m("where", m("id", 2), "data", m("email", "ann@x.io"))))
                    .extracting(e -> ((RefractException) e).code()).isEqualTo("P2002");
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0).level()).isEqualTo(LogLevel.ERROR);
            assertThat(errors.get(0).target()).isEqualTo("queryRaw");
            assertThat(errors.get(0).message()).startsWith("Raw query failed. Code: ");
            assertThat(errors.get(1).target()).isEqualTo("query");
            assertThat(errors.get(1).message()).startsWith("Unique constraint failed");
        }

        @Test
        void infoWhenAClientStartsAPool() {
            List<LogEvent> infos = new ArrayList<>();
            List<LogEvent> second = new ArrayList<>();
            try (RefractClient pooled = RefractClient.builder(schema, ConnectionUrl.parse(db().prismaUrl()))
                    .onLog(LogLevel.INFO, infos::add).build();
                    RefractClient sharing = RefractClient.builder(schema, ConnectionUrl.parse(db().prismaUrl()))
                    .onLog(LogLevel.INFO, second::add).build()) {
                assertThat(pooled.execute("User", "count", Map.of())).isEqualTo(4);
                assertThat(sharing.execute("User", "count", Map.of())).isEqualTo(4);
            }
            assertThat(infos).singleElement().satisfies(e -> {
                assertThat(e.target()).isEqualTo("pool");
                assertThat(e.message()).startsWith("Starting a " + provider().id() + " pool of at most ");
            });
            assertThat(second).as("the second client shares the pool").isEmpty();
        }

        @Test
        void nothingIsBuiltWhenNothingListens() {
            RefractClient quiet = RefractClient.builder(schema, connectionSource()).build();
            assertThat(quiet.log().queryEnabled()).isFalse();
            quiet.execute("User", "findMany", m("include", m("posts", true)));
            quiet.queryRaw(Sql.of("SELECT ", 1, " AS one"));
            assertThat(quiet.log().eventsBuilt()).isZero();

            RefractClient listened = RefractClient.builder(schema, connectionSource()).onQuery(e -> { }).build();
            listened.execute("User", "findMany", m("include", m("posts", true)));
            assertThat(listened.log().eventsBuilt()).isEqualTo(2);
        }

        @Test
        void logLevelsPromoteMessagesToWhatSlf4jShows() {
            // the tests' slf4j-simple shows WARN and above (refract-testkit's simplelogger.properties)
            Logger queries = LoggerFactory.getLogger("dev.refract.client.query");
            RefractClient printing = RefractClient.builder(schema, connectionSource()).log(LogLevel.QUERY, LogLevel.ERROR).build();
            RefractClient quiet = RefractClient.builder(schema, connectionSource()).build();
            assertThat(printing.log().queryEnabled()).isEqualTo(queries.isInfoEnabled());
            assertThat(quiet.log().queryEnabled()).isEqualTo(queries.isDebugEnabled());
            Sql failing = Sql.of("SELECT * FROM ", Sql.raw(dialect().quote("Nope")));
            assertThat(stderrOf(() -> quiet.queryRaw(failing))).doesNotContain("Raw query failed");
            assertThat(stderrOf(() -> printing.queryRaw(failing)))
                    .contains("[ERROR] dev.refract.client.error - Raw query failed. Code: ");
            assertThatThrownBy(() -> RefractClient.builder(schema, connectionSource()).onLog(LogLevel.QUERY, e -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** What {@code action} writes to System.err (slf4j-simple's target) until it throws. */
    static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } catch (RefractException expected) {
            // the failure is what is logged
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
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
    }
}
