package dev.refract.dialect.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@MySqlTest
class MySqlConnectionsTest {
    private final DatabaseConnections connections = Dialect.of(Provider.MYSQL).connections();
    private final TestDatabase database;
    private final ConnectionUrl url;

    MySqlConnectionsTest(TestDatabase database) {
        this.database = database;
        this.url = ConnectionUrl.parse(database.prismaUrl());
    }

    @Test
    void closedPortIsP1001() {
        int port = FreePort.find();
        assertThatThrownBy(() -> connections.open(ConnectionUrl.parse("mysql://root@127.0.0.1:" + port + "/x")))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P1001"));
    }

    @Test
    void wrongPasswordIsP1000() {
        ConnectionUrl wrong = ConnectionUrl.parse("mysql://" + database.user() + ":certainly-wrong@" + url.hostAndPort()
                + "/" + database.name());
        assertThatThrownBy(() -> connections.open(wrong)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P1000");
            assertThat(e.getMessage()).isEqualTo("Authentication failed against database server at `" + url.host()
                    + "`, the provided database credentials for `" + database.user() + "` are not valid.");
        });
    }

    @Test
    void missingDatabaseIsP1003() {
        assertThatThrownBy(() -> connections.open(url.withDatabase("refract_no_such_database")))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.code()).isEqualTo("P1003");
                    assertThat(e.getMessage()).isEqualTo("Database `refract_no_such_database` does not exist on the"
                            + " database server at `" + url.hostAndPort() + "`.");
                });
    }

    @Test
    void aScriptRunsUntilItsFirstErrorAndNamesTheFailingQuery() throws SQLException {
        try (Connection connection = connections.openForScripts(url)) {
            assertThatThrownBy(() -> connections.runScript(connection, """
                    CREATE TABLE a (x INT);
                    INSERT INTO a VALUES (1);
                    CREATE TABLE b (y INT);
                    SELECT nope FROM a;
                    CREATE TABLE c (z INT);
                    """)).isInstanceOfSatisfying(ScriptFailure.class, e -> {
                        assertThat(e.databaseErrorCode()).isEqualTo("1054");
                        assertThat(e.databaseError()).isEqualTo("Unknown column 'nope' in 'SELECT'\n\n"
                                + "Please check the query number 4 from the migration file.");
                    });
            assertThat(tables(connection)).containsExactly("a", "b");
        }
    }

    @Test
    void aScriptOfCommentsIsNothingToRun() throws SQLException {
        try (Connection connection = connections.openForScripts(url)) {
            connections.runScript(connection, "-- This is an empty migration.");
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
