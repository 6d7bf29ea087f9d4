package dev.refract.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What every database extension must do, run against the real server by one subclass per kind:
 * the database works, it is the class's own, and it is gone after the class.
 */
abstract class TestDatabaseContract {
    /** What the helper classes run through the engine test kit saw, by class. */
    static final Map<Class<?>, TestDatabase> SEEN = new ConcurrentHashMap<>();
    private static TestDatabase beforeAll;

    private final TestDatabase fromConstructor;

    TestDatabaseContract(TestDatabase database) {
        this.fromConstructor = database;
    }

    /** Two helper classes annotated like the subclass, each calling {@link #useAsOwn}. */
    abstract List<Class<?>> twoHelperClasses();

    /** Whether a database (or file) still exists, asked through the class's own database. */
    abstract boolean exists(TestDatabase own, TestDatabase other) throws SQLException;

    abstract DatabaseKind kind();

    @BeforeAll
    static void createTable(TestDatabase database) throws SQLException {
        beforeAll = database;
        database.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(100) NOT NULL)");
    }

    @Test
    void insertsAndReadsBack(TestDatabase database) throws SQLException {
        try (Connection connection = database.open()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note (id, body) VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "hello");
                insert.executeUpdate();
                insert.setInt(1, 2);
                insert.setString(2, "wörld");
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT id, body FROM note ORDER BY id");
                    ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
                assertThat(rows.getString(2)).isEqualTo("hello");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(2)).isEqualTo("wörld");
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void oneDatabaseForTheWholeClass(TestDatabase database) {
        assertThat(database).isSameAs(fromConstructor).isSameAs(beforeAll);
    }

    @Test
    void describesItself(TestDatabase database) {
        assertThat(database.kind()).isEqualTo(kind());
        assertThat(database.name()).matches("refract_t_[a-z0-9_]+_[0-9a-f]{8}");
        assertThat(database.jdbcUrl()).startsWith("jdbc:").contains(database.name());
        assertThat(database.prismaUrl()).contains(database.name());
        assertThat(database.toString()).contains(database.name());
    }

    @Test
    void eachClassGetsAFreshDatabaseDroppedAfterIt(TestDatabase own) throws SQLException {
        List<Class<?>> helpers = twoHelperClasses();
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(helpers.get(0)), selectClass(helpers.get(1)))
                .execute();

        List<String> problems = results.allEvents().stream()
                .flatMap(event -> event.getPayload(TestExecutionResult.class).stream())
                .filter(result -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
                .map(result -> result.getStatus() + " " + result.getThrowable().map(Throwable::toString).orElse(""))
                .toList();
        assertThat(problems).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        TestDatabase first = SEEN.get(helpers.get(0));
        TestDatabase second = SEEN.get(helpers.get(1));
        assertThat(first.name()).isNotEqualTo(second.name()).isNotEqualTo(own.name());
        assertThat(exists(own, first)).as("%s exists after its class", first).isFalse();
        assertThat(exists(own, second)).as("%s exists after its class", second).isFalse();
        assertThat(exists(own, own)).as("%s exists during its class", own).isTrue();
    }

    /** The body of every helper class: fails if the database were shared or reused. */
    static void useAsOwn(Class<?> helper, TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE only_mine (id INTEGER)", "INSERT INTO only_mine (id) VALUES (1)");
        SEEN.put(helper, database);
    }

    static long count(TestDatabase own, String sql, String parameter) throws SQLException {
        try (Connection connection = own.open(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
