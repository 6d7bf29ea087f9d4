package dev.refract.dialect.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteConnectionsTest {
    private final DatabaseConnections connections = Dialect.of(Provider.SQLITE).connections();

    @TempDir
    Path folder;

    @Test
    void missingFileIsP1003AndIsNotCreated() {
        ConnectionUrl url = ConnectionUrl.parse("file:./dev.db", folder);
        assertThatThrownBy(() -> connections.open(url)).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P1003");
            assertThat(e.getMessage()).isEqualTo("Database dev.db does not exist at " + folder.resolve("dev.db"));
        });
        assertThat(folder.resolve("dev.db")).doesNotExist();
    }

    @Test
    void createDatabaseMakesTheFileAndItsFolders() throws SQLException {
        ConnectionUrl url = ConnectionUrl.parse("file:./data/nested/app.db", folder);
        connections.createDatabase(url);
        assertThat(Files.exists(folder.resolve("data/nested/app.db"))).isTrue();
        connections.open(url).close();
    }

    @Test
    void scriptStatementsRunOneByOneAndTheErrorIsSqlitesOwnText() throws SQLException {
        ConnectionUrl url = ConnectionUrl.parse("file:./s.db", folder);
        connections.createDatabase(url);
        try (Connection connection = connections.openForScripts(url)) {
            assertThatThrownBy(() -> connections.runScript(connection,
                    "CREATE TABLE a (x INTEGER);\nSELECT nope FROM a;\nCREATE TABLE b (y INTEGER);"))
                    .isInstanceOfSatisfying(ScriptFailure.class, e -> {
                        assertThat(e.databaseErrorCode()).isEqualTo("1");
                        assertThat(e.databaseError()).isEqualTo("no such column: nope");
                    });
            connections.runScript(connection, "CREATE TABLE a2 (x INTEGER); -- trailing comment\n");
        }
    }
}
