package dev.refract.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.history.LocalMigration;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A temporary shadow database lives on the development database's server from {@link
 * ShadowDatabase#open} to {@link ShadowDatabase#close()}, even when a migration fails; a configured
 * one is emptied and kept.
 */
abstract class ShadowDatabaseContract {

    abstract Provider provider();

    /** The databases on the server whose names start with {@code prefix}. */
    abstract String databasesLike(String prefix);

    abstract String createTable(String name);

    private static LocalMigration migration(String name, String script) {
        return new LocalMigration(name, Path.of(name), script, null);
    }

    private List<String> shadowDatabases(TestDatabase database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(databasesLike(ShadowDatabase.NAME_PREFIX))) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Test
    void aTemporaryShadowDatabaseExistsOnlyWhileOpen(TestDatabase database) throws SQLException {
        ConnectionUrl url = ConnectionUrl.parse(database.prismaUrl());
        String name;
        try (ShadowDatabase shadow = ShadowDatabase.open(provider(), Optional.empty(), Optional.of(url), List.of())) {
            name = shadow.url().database();
            assertThat(name).startsWith(ShadowDatabase.NAME_PREFIX);
            assertThat(shadowDatabases(database)).contains(name);
            SqlSchema schema = shadow.apply(List.of(migration("1_a", createTable("a")), migration("2_b", createTable("b"))));
            assertThat(schema.tables()).extracting(Table::name).containsExactly("a", "b");
            assertThat(shadow.applied()).containsExactly("1_a", "2_b");
        }
        assertThat(shadowDatabases(database)).doesNotContain(name);
    }

    @Test
    void aFailingMigrationIsP3006AndTheShadowDatabaseIsStillDropped(TestDatabase database) throws SQLException {
        ConnectionUrl url = ConnectionUrl.parse(database.prismaUrl());
        List<String> before = shadowDatabases(database);
        try (ShadowDatabase shadow = ShadowDatabase.open(provider(), Optional.empty(), Optional.of(url), List.of())) {
            assertThatThrownBy(() -> shadow.apply(List.of(migration("1_bad", "SELECT * FROM nowhere;"))))
                    .isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(((DatabaseException) e).code()).isEqualTo("P3006"))
                    .hasMessageStartingWith("Migration `1_bad` failed to apply cleanly to the shadow database. \nError:\n");
        }
        assertThat(before).containsAll(shadowDatabases(database));
    }

    @Test
    void aConfiguredShadowDatabaseIsEmptiedAndKept(TestDatabase database) throws SQLException {
        database.execute(createTable("stray"));
        ConnectionUrl url = ConnectionUrl.parse(database.prismaUrl());
        try (ShadowDatabase shadow = ShadowDatabase.open(provider(), Optional.of(url), Optional.empty(), List.of())) {
            assertThat(shadow.describe().tables()).isEmpty();
            shadow.apply(List.of(migration("1_a", createTable("a"))));
            shadow.reset();
            assertThat(shadow.applied()).isEmpty();
            assertThat(shadow.apply(List.of(migration("1_b", createTable("b")))).tables()).extracting(Table::name)
                    .containsExactly("b");
        }
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM b").close();
        }
    }
}
