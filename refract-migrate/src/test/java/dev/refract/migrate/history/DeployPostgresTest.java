package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployPostgresTest {
    private static final String USERS = "CREATE TABLE \"User\" (id SERIAL PRIMARY KEY, email TEXT NOT NULL);\n";
    private static final String POSTS = "CREATE TABLE \"Post\" (id SERIAL PRIMARY KEY, author INT REFERENCES \"User\"(id));\n";
    private static final String INDEX = "CREATE INDEX \"Post_author_idx\" ON \"Post\"(author);\n";

    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionUrl url;
    private TestHistory history;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.postgres("deploy");
        url = ConnectionUrl.parse(database.prismaUrl());
        history = new TestHistory(folder.resolve("migrations"), Provider.POSTGRESQL);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private Migrations migrations() {
        return Migrations.builder(url, history.path()).provider(Provider.POSTGRESQL).build();
    }

    @Test
    void appliesPendingMigrationsInOrderAndRecordsThemAsPrismaDoes() throws SQLException {
        history.add("20240101000000_users", USERS).add("20240102000000_posts", POSTS);
        List<String> announced = new ArrayList<>();
        Migrations migrations = Migrations.builder(url, history.path()).provider(Provider.POSTGRESQL)
                .listener(new MigrationListener() {
                    @Override
                    public void migrationsFound(List<String> migrationNames) {
                        announced.add(migrationNames.size() + " found");
                    }

                    @Override
                    public void applying(String migrationName) {
                        announced.add(migrationName);
                    }
                }).build();

        DeployResult result = migrations.deploy();

        assertThat(result.applied()).containsExactly("20240101000000_users", "20240102000000_posts");
        assertThat(announced).containsExactly("2 found", "20240101000000_users", "20240102000000_posts");
        assertThat(result.databaseCreated()).isEmpty();
        assertThat(result.summary()).isEqualTo("""
                The following migration(s) have been applied:

                migrations/
                  └─ 20240101000000_users/
                    └─ migration.sql
                  └─ 20240102000000_posts/
                    └─ migration.sql

                All migrations have been successfully applied.""");
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT migration_name, checksum, finished_at IS NOT NULL,"
                        + " logs, rolled_back_at, applied_steps_count, started_at <= finished_at, length(id)"
                        + " FROM _prisma_migrations ORDER BY started_at")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("20240101000000_users");
            assertThat(rows.getString(2)).isEqualTo(Checksums.of(USERS));
            assertThat(rows.getBoolean(3)).isTrue();
            assertThat(rows.getString(4)).isNull();
            assertThat(rows.getObject(5)).isNull();
            assertThat(rows.getInt(6)).isEqualTo(1);
            assertThat(rows.getBoolean(7)).isTrue();
            assertThat(rows.getInt(8)).isEqualTo(36);
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("20240102000000_posts");
            assertThat(rows.next()).isFalse();
        }
        assertThat(migrations.status().isUpToDate()).isTrue();

        history.add("20240103000000_index", INDEX);
        assertThat(migrations.status().pending()).containsExactly("20240103000000_index");
        assertThat(migrations.deploy().applied()).containsExactly("20240103000000_index");
        assertThat(migrations.deploy().summary()).isEqualTo("No pending migrations to apply.");
    }

    @Test
    void theHistoryTableIsPrismas() throws SQLException {
        migrations().deploy();
        assertThat(Rows.strings(database, "SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                + " || coalesce(column_default, '-') || ' ' || coalesce(character_maximum_length::text, '-')"
                + " FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position"))
                .containsExactly(
                        "id character varying NO - 36",
                        "checksum character varying NO - 64",
                        "finished_at timestamp with time zone YES - -",
                        "migration_name character varying NO - 255",
                        "logs text YES - -",
                        "rolled_back_at timestamp with time zone YES - -",
                        "started_at timestamp with time zone NO now() -",
                        "applied_steps_count integer NO 0 -");
        assertThat(Rows.strings(database, "SELECT conname FROM pg_constraint WHERE conrelid = '_prisma_migrations'::regclass"))
                .containsExactly("_prisma_migrations_pkey");
    }

    @Test
    void aMissingDatabaseIsCreatedFirst() {
        ConnectionUrl missing = ConnectionUrl.parse(database.prismaUrl() + "_created?schema=app");
        history.add("1_users", USERS);
        try {
            DeployResult result = Migrations.builder(missing, history.path()).build().deploy();
            assertThat(result.databaseCreated()).contains("PostgreSQL database " + missing.database() + " created at "
                    + missing.hostAndPort());
            assertThat(result.applied()).containsExactly("1_users");
        } finally {
            try {
                database.execute("DROP DATABASE IF EXISTS \"" + missing.database() + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theUrlsSchemaIsCreatedAndHoldsTheHistory() throws SQLException {
        history.add("1_users", USERS);
        Migrations.builder(ConnectionUrl.parse(database.prismaUrl() + "?schema=tenant_a"), history.path()).build().deploy();
        assertThat(Rows.strings(database, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"))
                .containsExactly("tenant_a.User", "tenant_a._prisma_migrations");
    }

    @Test
    void aFailedMigrationIsRecordedStopsTheRunAndBlocksTheNextDeployUntilResolved() throws SQLException {
        history.add("1_users", USERS).add("2_broken", "CREATE TABLE ok_part (x INT);\nINSERT INTO nope VALUES (1);\n")
                .add("3_posts", POSTS);

        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P3018");
            assertThat(e.getMessage()).isEqualTo("A migration failed to apply. New migrations cannot be applied before"
                    + " the error is recovered from. Read more about how to resolve migration issues in a production"
                    + " database: https://pris.ly/d/migrate-resolve\n\nMigration name: 2_broken\n\n"
                    + "Database error code: 42P01\n\nDatabase error:\nERROR: relation \"nope\" does not exist\n\n"
                    + "Position:\n  1 CREATE TABLE ok_part (x INT);\n  2 INSERT INTO nope VALUES (1);\n");
        });
        assertThat(Rows.strings(database, "SELECT migration_name || ' ' || (finished_at IS NULL) || ' '"
                + " || applied_steps_count FROM _prisma_migrations ORDER BY started_at"))
                .containsExactly("1_users false 1", "2_broken true 0");
        assertThat(Rows.strings(database, "SELECT logs FROM _prisma_migrations WHERE migration_name = '2_broken'").get(0))
                .startsWith("A migration failed to apply.").contains("Migration name: 2_broken");
        assertThat(Rows.count(database, "SELECT count(*) FROM pg_tables WHERE tablename IN ('ok_part', 'Post')"))
                .as("the failed script rolled back as one implicit transaction; 3 never ran").isZero();

        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P3009");
            assertThat(e.getMessage()).startsWith("migrate found failed migrations in the target database, new"
                    + " migrations will not be applied. Read more about how to resolve migration issues in a production"
                    + " database: https://pris.ly/d/migrate-resolve\nThe `2_broken` migration started at ")
                    .endsWith(" UTC failed\n");
        });
        MigrationStatus status = migrations().status();
        assertThat(status.failed()).containsExactly("2_broken");
        assertThat(status.pending()).containsExactly("3_posts");

        migrations().markRolledBack("2_broken");
        history.add("2_broken", "CREATE TABLE ok_part (x INT);\n");
        assertThat(migrations().deploy().applied()).containsExactly("2_broken", "3_posts");
        assertThat(Rows.strings(database, "SELECT migration_name || ' ' || (finished_at IS NULL) || ' '"
                + " || (rolled_back_at IS NULL) FROM _prisma_migrations ORDER BY started_at"))
                .containsExactly("1_users false true", "2_broken true false", "2_broken false true", "3_posts false true");
        assertThat(migrations().status().isUpToDate()).isTrue();
    }

    @Test
    void resolveAppliedClosesTheFailedRunAndRecordsTheMigration() throws SQLException {
        history.add("1_users", USERS).add("2_broken", "SELECT 1/0;").add("3_posts", POSTS);
        assertThatThrownBy(() -> migrations().deploy()).isInstanceOf(DatabaseException.class);

        migrations().markApplied("2_broken");

        assertThat(Rows.strings(database, "SELECT (finished_at IS NULL) || ' ' || (rolled_back_at IS NULL) || ' '"
                + " || coalesce(logs, 'null') || ' ' || applied_steps_count || ' ' || (started_at = coalesce(finished_at, started_at))"
                + " FROM _prisma_migrations WHERE migration_name = '2_broken' ORDER BY started_at"))
                .hasSize(2).last().isEqualTo("false true  0 true");
        assertThat(migrations().deploy().applied()).containsExactly("3_posts");
        assertThat(migrations().status().isUpToDate()).isTrue();
    }

    @Test
    void resolvePreconditions() {
        history.add("1_users", USERS).add("2_posts", POSTS);
        assertThatThrownBy(() -> migrations().markRolledBack("1_users")).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.getMessage()).contains("without migrations table"));
        migrations().deploy();

        assertThatThrownBy(() -> migrations().markApplied("9_nope")).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3017"));
        assertThatThrownBy(() -> migrations().markApplied("1_users")).isInstanceOfSatisfying(DatabaseException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("P3008");
                    assertThat(e.getMessage()).isEqualTo(
                            "The migration `1_users` is already recorded as applied in the database.");
                });
        assertThatThrownBy(() -> migrations().markRolledBack("9_nope")).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3011"));
        assertThatThrownBy(() -> migrations().markRolledBack("2_posts")).isInstanceOfSatisfying(DatabaseException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("P3012");
                    assertThat(e.getMessage()).isEqualTo(
                            "Migration `2_posts` cannot be rolled back because it is not in a failed state.");
                });
    }

    @Test
    void aDatabaseWithTablesButNoHistoryIsP3005AndCanBeBaselined() throws SQLException {
        database.execute(USERS);
        history.add("1_users", USERS).add("2_posts", POSTS);
        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3005"));
        MigrationStatus status = migrations().status();
        assertThat(status.hasMigrationsTable()).isFalse();
        assertThat(status.exitCode()).isEqualTo(1);

        migrations().markApplied("1_users");
        assertThat(migrations().deploy().applied()).containsExactly("2_posts");
    }

    @Test
    void anotherDeployHoldingTheLockMakesThisOneTimeOut() throws SQLException {
        history.add("1_users", USERS);
        try (Connection holder = database.open(); Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(72707369)");
            Migrations impatient = Migrations.builder(url, history.path()).lockTimeout(Duration.ofSeconds(1)).build();
            assertThatThrownBy(impatient::deploy).isInstanceOfSatisfying(DatabaseException.class, e -> {
                assertThat(e.code()).isEqualTo("P1002");
                assertThat(e.getMessage()).isEqualTo("The database server at `" + url.host() + "`:`" + url.port()
                        + "` was reached but timed out. Context: Timed out trying to acquire a postgres advisory lock"
                        + " (SELECT pg_advisory_lock(72707369)). Elapsed: 1000ms. See"
                        + " https://pris.ly/d/migrate-advisory-locking for details.");
            });
            Migrations.builder(url, history.path()).locking(false).build().deploy();
        }
        assertThat(Rows.count(database, "SELECT count(*) FROM _prisma_migrations")).isEqualTo(1);
    }

    @Test
    void aFailureInsideTheScriptsOwnTransactionIsStillRecorded() throws SQLException {
        history.add("1_tx", "BEGIN;\nCREATE TABLE t (x INT);\nINSERT INTO nope VALUES (1);\nCOMMIT;\n");
        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3018"));
        assertThat(Rows.strings(database, "SELECT logs FROM _prisma_migrations").get(0)).contains("42P01");
        assertThat(Rows.count(database, "SELECT count(*) FROM pg_tables WHERE tablename = 't'")).isZero();
    }

    @Test
    void statusSeesEditedAndDatabaseOnlyMigrations() {
        history.add("1_users", USERS).add("2_posts", POSTS);
        migrations().deploy();
        history.add("1_users", USERS + "-- edited\n");
        MigrationStatus edited = migrations().status();
        assertThat(edited.edited()).containsExactly("1_users");
        assertThat(edited.isUpToDate()).isTrue();

        Path otherFolder = folder.resolve("other");
        new TestHistory(otherFolder, Provider.POSTGRESQL).add("1_users", USERS);
        MigrationStatus behind = Migrations.builder(url, otherFolder).build().status();
        assertThat(behind.databaseOnly()).containsExactly("2_posts");
        assertThat(behind.exitCode()).isEqualTo(1);
    }

    @Test
    void aLockFileForAnotherProviderIsP3019() {
        Path mysqlHistory = folder.resolve("mysql");
        new TestHistory(mysqlHistory, Provider.MYSQL).add("1_users", USERS);
        assertThatThrownBy(() -> Migrations.builder(url, mysqlHistory).build().deploy())
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P3019"));
    }

    @Test
    void aMigrationFolderWithoutItsScriptIsP3015() throws Exception {
        history.add("1_users", USERS);
        java.nio.file.Files.createDirectories(history.path().resolve("2_nothing"));
        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P3015");
            assertThat(e.getMessage()).contains("2_nothing").contains("migration.sql");
        });
        assertThat(Rows.count(database, "SELECT count(*) FROM _prisma_migrations")).isEqualTo(1);
    }
}
