package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploySqliteTest {
    private static final String USERS = "-- CreateTable\nCREATE TABLE \"User\" (\n    \"id\" INTEGER NOT NULL PRIMARY KEY"
            + " AUTOINCREMENT,\n    \"email\" TEXT NOT NULL\n);\n";
    private static final String POSTS = "CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"authorId\" INTEGER"
            + " NOT NULL REFERENCES \"User\" (\"id\"));\nCREATE INDEX \"Post_authorId_idx\" ON \"Post\"(\"authorId\");\n";

    @TempDir
    Path project;
    private Path schemaFolder;
    private TestHistory history;
    private ConnectionUrl url;

    @BeforeEach
    void layout() {
        schemaFolder = project.resolve("prisma");
        history = new TestHistory(schemaFolder.resolve("migrations"), Provider.SQLITE);
        url = ConnectionUrl.parse("file:./dev.db", schemaFolder);
    }

    private Migrations migrations() {
        return Migrations.builder(url, history.path()).provider(Provider.SQLITE).build();
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + schemaFolder.resolve("dev.db"));
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void createsTheFileDeploysAndRecordsTimesAsMilliseconds() throws SQLException {
        history.add("20240101000000_users", USERS).add("20240102000000_posts", POSTS);

        DeployResult result = migrations().deploy();

        assertThat(result.databaseCreated()).contains("SQLite database dev.db created at file:./dev.db");
        assertThat(result.applied()).containsExactly("20240101000000_users", "20240102000000_posts");
        assertThat(query("SELECT migration_name || ' ' || typeof(started_at) || ' ' || typeof(finished_at) || ' '"
                + " || applied_steps_count FROM _prisma_migrations ORDER BY started_at"))
                .containsExactly("20240101000000_users integer integer 1", "20240102000000_posts integer integer 1");
        assertThat(query("SELECT checksum FROM _prisma_migrations ORDER BY started_at").get(0))
                .isEqualTo(Checksums.of(USERS));
        assertThat(query("SELECT sql FROM sqlite_master WHERE name = '_prisma_migrations'").get(0))
                .startsWith("CREATE TABLE \"_prisma_migrations\" (\n    \"id\"                    TEXT PRIMARY KEY NOT NULL,");
        assertThat(migrations().status().isUpToDate()).isTrue();
    }

    @Test
    void failureIsRecordedAndResolved() throws SQLException {
        history.add("1_users", USERS).add("2_broken", "CREATE TABLE \"half\" (x INTEGER);\nSELECT nope FROM \"User\";\n")
                .add("3_posts", POSTS);

        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P3018");
            assertThat(e.getMessage()).endsWith("Migration name: 2_broken\n\nDatabase error code: 1\n\n"
                    + "Database error:\nno such column: nope\n");
        });
        assertThat(query("SELECT logs FROM _prisma_migrations WHERE migration_name = '2_broken'").get(0))
                .contains("no such column: nope");
        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3009"));

        migrations().markApplied("2_broken"); // fixed by hand: the statement that failed was only a check
        assertThat(migrations().deploy().applied()).containsExactly("3_posts");
        MigrationStatus status = migrations().status();
        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.applied()).containsExactly("1_users", "2_broken", "3_posts");
    }

    @Test
    void rowsWrittenWithSqlitesOwnTimestampsAreRead() throws SQLException {
        history.add("1_users", USERS);
        migrations().deploy();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + schemaFolder.resolve("dev.db"));
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE _prisma_migrations SET started_at = '2024-05-01 10:00:00',"
                    + " finished_at = '2024-05-01T10:00:01.250+00:00'");
        }
        assertThat(migrations().status().isUpToDate()).isTrue();
    }

    /** Repeated: two deploys starting together deadlocked in about one start in twelve before the fix. */
    @RepeatedTest(20)
    void concurrentDeploysCreateTheFileOnceAndWaitForTheExclusiveLock() throws Exception {
        for (int i = 1; i <= 15; i++) {
            history.add(String.format("%02d_t", i), "CREATE TABLE \"t" + i + "\" (id INTEGER);\n");
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DeployResult>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    Migrations migrations = migrations();
                    start.await();
                    return migrations.deploy();
                }));
            }
            List<String> applied = new ArrayList<>();
            for (Future<DeployResult> run : runs) {
                applied.addAll(run.get().applied());
            }
            assertThat(applied).hasSize(15).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(query("SELECT count(*) FROM _prisma_migrations")).containsExactly("15");
    }
    @Test
    void aDeployWaitingLongerThanItsLockTimeoutFailsWithP1002() throws SQLException {
        history.add("1_users", USERS);
        migrations().deploy();
        history.add("2_posts", POSTS);
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + schemaFolder.resolve("dev.db"));
                Statement statement = holder.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            Migrations impatient = Migrations.builder(url, history.path()).provider(Provider.SQLITE)
                    .lockTimeout(Duration.ofMillis(300)).build();
            assertThatThrownBy(impatient::deploy).isInstanceOfSatisfying(DatabaseException.class, e -> {
                assertThat(e.code()).isEqualTo("P1002");
                assertThat(e.getMessage()).contains("Timed out trying to acquire an exclusive lock on the SQLite database."
                        + " Elapsed: 300ms.");
            });
            statement.execute("COMMIT");
        }
        assertThat(migrations().deploy().applied()).containsExactly("2_posts");
    }

    @Test
    void theLockIsHeldUntilTheConnectionCloses() throws SQLException {
        migrations().deploy(); // creates the file
        String file = "jdbc:sqlite:" + schemaFolder.resolve("dev.db");
        try (Connection locked = DriverManager.getConnection(file)) {
            Dialect.of(Provider.SQLITE).migrations().lock(locked, url, Duration.ofSeconds(1));
            try (Connection other = DriverManager.getConnection(file); Statement statement = other.createStatement()) {
                statement.execute("PRAGMA busy_timeout=100");
                assertThatThrownBy(() -> statement.execute("BEGIN IMMEDIATE")).hasMessageContaining("SQLITE_BUSY");
            }
        }
        try (Connection other = DriverManager.getConnection(file); Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("COMMIT");
        }
    }
}
