package dev.refract.dialect.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresConnectionsTest {
    private final DatabaseConnections connections = Dialect.of(Provider.POSTGRESQL).connections();
    private final TestDatabase database;
    private final ConnectionUrl url;

    PostgresConnectionsTest(TestDatabase database) {
        this.database = database;
        this.url = ConnectionUrl.parse(database.prismaUrl());
    }

    @Test
    void closedPortIsP1001() {
        int port = FreePort.find();
        ConnectionUrl closed = ConnectionUrl.parse("postgresql://postgres@127.0.0.1:" + port + "/x");
        assertThatThrownBy(() -> connections.open(closed)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P1001");
            assertThat(e.getMessage()).isEqualTo("Can't reach database server at `127.0.0.1`:`" + port + "`");
        });
    }

    @Test
    void unknownHostIsP1001() {
        ConnectionUrl nowhere = ConnectionUrl.parse("postgresql://postgres@no-such-host.invalid:5432/x");
        assertThatThrownBy(() -> connections.open(nowhere)).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P1001"));
    }

    @Test
    void missingDatabaseIsP1003() {
        ConnectionUrl missing = url.withDatabase("refract_no_such_database");
        assertThatThrownBy(() -> connections.open(missing)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P1003");
            assertThat(e.getMessage()).isEqualTo("Database `refract_no_such_database` does not exist on the database"
                    + " server at `" + url.hostAndPort() + "`.");
        });
    }

    @Test
    void createDatabaseMakesTheDatabaseAndItsSchema() throws SQLException {
        ConnectionUrl fresh = ConnectionUrl.parse(database.prismaUrl() + "_new?schema=app");
        try {
            connections.createDatabase(fresh);
            connections.createDatabase(fresh); // a second time is harmless
            try (Connection connection = connections.open(fresh); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT current_schema()")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("app");
            }
        } finally {
            database.execute("DROP DATABASE IF EXISTS \"" + fresh.database() + "\"");
        }
    }

    @Test
    void aScriptRunsAsOneImplicitTransaction() throws SQLException {
        try (Connection connection = connections.openForScripts(url)) {
            assertThatThrownBy(() -> connections.runScript(connection,
                    "CREATE TABLE tx_a (x int);\nSELECT 1/0;\n"))
                    .isInstanceOfSatisfying(ScriptFailure.class, e -> {
                        assertThat(e.databaseErrorCode()).isEqualTo("22012");
                        assertThat(e.databaseError()).startsWith("ERROR: division by zero");
                    });
            assertThat(tables(connection)).doesNotContain("tx_a");
        }
    }

    @Test
    void ownBeginAndCommitCommitWhatCameBefore() throws SQLException {
        try (Connection connection = connections.openForScripts(url)) {
            assertThatThrownBy(() -> connections.runScript(connection,
                    "CREATE TABLE own_a (x int);\nBEGIN;\nCREATE TABLE own_b (x int);\nCOMMIT;\nSELECT 1/0;"))
                    .isInstanceOf(ScriptFailure.class);
            assertThat(tables(connection)).contains("own_a", "own_b");
        }
    }

    @Test
    void createIndexConcurrentlyRunsAloneButNotWithOtherStatements() throws SQLException {
        try (Connection connection = connections.openForScripts(url)) {
            connections.runScript(connection, "CREATE TABLE conc (x int);");
            connections.runScript(connection, "-- a comment\nCREATE INDEX CONCURRENTLY conc_x ON conc (x);\n");
            assertThatThrownBy(() -> connections.runScript(connection,
                    "CREATE TABLE conc2 (x int);\nCREATE INDEX CONCURRENTLY conc2_x ON conc2 (x);"))
                    .isInstanceOfSatisfying(ScriptFailure.class,
                            e -> assertThat(e.databaseErrorCode()).isEqualTo("25001"));
        }
    }

    @Test
    void dollarQuotedBodiesAndQuestionMarksReachTheServerUntouched() throws SQLException {
        try (Connection connection = connections.openForScripts(url)) {
            connections.runScript(connection, """
                    CREATE FUNCTION answer() RETURNS text AS $$
                    BEGIN
                      RETURN 'why?'; -- a semicolon inside the body
                    END;
                    $$ LANGUAGE plpgsql;
                    CREATE TABLE q (v text DEFAULT answer());
                    """);
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT answer()")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("why?");
            }
        }
    }

    @Test
    void errorsShowTheirPositionInTheScript() throws SQLException {
        try (Connection connection = connections.openForScripts(url)) {
            assertThatThrownBy(() -> connections.runScript(connection,
                    "-- CreateTable\nCREATE TABLE pos (x int);\n\nINSERT INTO nope VALUES (1);\n"))
                    .isInstanceOfSatisfying(ScriptFailure.class, e -> {
                        assertThat(e.databaseErrorCode()).isEqualTo("42P01");
                        assertThat(e.databaseError()).isEqualTo("ERROR: relation \"nope\" does not exist\n\nPosition:\n"
                                + "  1 -- CreateTable\n  2 CREATE TABLE pos (x int);\n  3\n"
                                + "  4 INSERT INTO nope VALUES (1);");
                    });
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
