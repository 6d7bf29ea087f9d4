package dev.refract.migrate.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresTest
class DbExecutePostgresTest {
    private final TestDatabase database;
    private final ConnectionUrl url;

    DbExecutePostgresTest(TestDatabase database) {
        this.database = database;
        this.url = ConnectionUrl.parse(database.prismaUrl());
    }

    @Test
    void runsAFileAsOneCommand(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("seed.sql"), """
                CREATE TABLE dev (id INT);
                INSERT INTO dev VALUES (1), (2);
                CREATE FUNCTION two() RETURNS int AS $$ SELECT 2; $$ LANGUAGE sql;
                """);
        DbExecute.file(url, file);
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) + two() FROM dev")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(4);
        }
    }

    @Test
    void aFailingScriptChangesNothingAndReportsTheDatabaseError() throws SQLException {
        assertThatThrownBy(() -> DbExecute.script(url, "CREATE TABLE half (id INT); SELECT * FROM nope;"))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.hasCode()).isFalse();
                    assertThat(e.getMessage()).startsWith("ERROR: relation \"nope\" does not exist");
                    assertThat(e.meta()).containsEntry("database_error_code", "42P01");
                });
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'half'")) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
    }

    @Test
    void missingFileAndUnreachableServer(@TempDir Path folder) {
        assertThatThrownBy(() -> DbExecute.file(url, folder.resolve("nope.sql")))
                .hasMessage("Provided --file at " + folder.resolve("nope.sql") + " doesn't exist.");
        assertThatThrownBy(() -> DbExecute.script(url.withDatabase("refract_missing_db"), "SELECT 1"))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P1003"));
    }
}
