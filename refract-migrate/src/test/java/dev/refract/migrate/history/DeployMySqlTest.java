package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MySqlTest
class DeployMySqlTest {
    private static final String USERS = "-- CreateTable\nCREATE TABLE `User` (\n    `id` INTEGER NOT NULL AUTO_INCREMENT,\n"
            + "    `email` VARCHAR(191) NOT NULL,\n\n    PRIMARY KEY (`id`)\n) DEFAULT CHARACTER SET utf8mb4"
            + " COLLATE utf8mb4_unicode_ci;\n";
    private static final String POSTS = "CREATE TABLE `Post` (`id` INTEGER NOT NULL, `authorId` INTEGER NOT NULL,"
            + " PRIMARY KEY (`id`));\nCREATE INDEX `Post_authorId_idx` ON `Post`(`authorId`);\n";

    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionUrl url;
    private TestHistory history;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.mysql("mdeploy");
        url = ConnectionUrl.parse(database.prismaUrl());
        history = new TestHistory(folder.resolve("migrations"), Provider.MYSQL);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private Migrations migrations() {
        return Migrations.builder(url, history.path()).provider(Provider.MYSQL).build();
    }

    @Test
    void deploysRecordsAndReportsUpToDate() throws SQLException {
        history.add("20240101000000_users", USERS).add("20240102000000_posts", POSTS)
                .add("20240103000000_empty", "-- This is an empty migration.");

        assertThat(migrations().deploy().applied()).containsExactly("20240101000000_users", "20240102000000_posts",
                "20240103000000_empty");

        assertThat(Rows.strings(database, "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL"
                + " AND applied_steps_count = 1 ORDER BY started_at, migration_name"))
                .containsExactly("20240101000000_users", "20240102000000_posts", "20240103000000_empty");
        assertThat(Rows.strings(database, "SELECT checksum FROM _prisma_migrations WHERE migration_name ="
                + " '20240101000000_users'")).containsExactly(Checksums.of(USERS));
        assertThat(Rows.strings(database, "SELECT CONCAT(column_name, ' ', column_type, ' ', is_nullable, ' ',"
                + " COALESCE(column_default, '-')) FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = '_prisma_migrations' ORDER BY ordinal_position")).containsExactly(
                        "id varchar(36) NO -",
                        "checksum varchar(64) NO -",
                        "finished_at datetime(3) YES NULL",
                        "migration_name varchar(255) NO -",
                        "logs text YES NULL",
                        "rolled_back_at datetime(3) YES NULL",
                        "started_at datetime(3) NO current_timestamp(3)",
                        "applied_steps_count int(10) unsigned NO 0");
        assertThat(Rows.count(database, "SELECT COUNT(*) FROM _prisma_migrations WHERE ABS(TIMESTAMPDIFF(SECOND,"
                + " started_at, UTC_TIMESTAMP())) < 300")).as("timestamps are UTC").isEqualTo(3);
        assertThat(migrations().status().isUpToDate()).isTrue();
        assertThat(migrations().deploy().applied()).isEmpty();
    }

    @Test
    void aFailingStatementIsNamedByNumberAndBlocksDeployUntilResolved() throws SQLException {
        history.add("1_users", USERS)
                .add("2_broken", "CREATE TABLE `half` (`id` INTEGER);\nINSERT INTO `nope` VALUES (1);\n")
                .add("3_posts", POSTS);

        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class, e -> {
            assertThat(e.code()).isEqualTo("P3018");
            assertThat(e.getMessage()).endsWith("Migration name: 2_broken\n\nDatabase error code: 1146\n\n"
                    + "Database error:\nTable '" + database.name() + ".nope' doesn't exist\n\n"
                    + "Please check the query number 2 from the migration file.\n");
        });
        assertThat(Rows.count(database, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'half'")).as("MySQL DDL commits statement by statement").isEqualTo(1);
        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3009"));
        assertThat(migrations().status().failed()).containsExactly("2_broken");

        database.execute("DROP TABLE `half`");
        migrations().markRolledBack("2_broken");
        history.add("2_broken", "CREATE TABLE `half` (`id` INTEGER);\n");
        assertThat(migrations().deploy().applied()).containsExactly("2_broken", "3_posts");
        assertThat(migrations().status().isUpToDate()).isTrue();
    }

    @Test
    void resolveAppliedBaselinesANonEmptyDatabase() throws SQLException {
        database.execute(USERS);
        history.add("1_users", USERS).add("2_posts", POSTS);
        assertThatThrownBy(() -> migrations().deploy()).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3005"));
        migrations().markApplied("1_users");
        assertThatThrownBy(() -> migrations().markApplied("1_users")).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.code()).isEqualTo("P3008"));
        assertThat(migrations().deploy().applied()).containsExactly("2_posts");
    }

    @Test
    void anotherHolderOfPrismasLockMakesDeployTimeOut() throws SQLException {
        history.add("1_users", USERS);
        try (Connection holder = database.open(); Statement statement = holder.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT GET_LOCK('prisma_migrate', 1)")) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(1);
            }
            Migrations impatient = Migrations.builder(url, history.path()).lockTimeout(Duration.ofSeconds(1)).build();
            assertThatThrownBy(impatient::deploy).isInstanceOfSatisfying(DatabaseException.class, e -> {
                assertThat(e.code()).isEqualTo("P1002");
                assertThat(e.getMessage()).contains("GET_LOCK('prisma_migrate', 1)");
            });
        }
        assertThat(migrations().deploy().applied()).containsExactly("1_users");
    }

    @Test
    void concurrentDeploysApplyEachMigrationOnce() throws Exception {
        for (int i = 1; i <= 20; i++) {
            history.add(String.format("%02d_t", i), "CREATE TABLE `t" + i + "` (`id` INTEGER);\n");
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
            assertThat(applied).hasSize(20).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(Rows.count(database, "SELECT COUNT(*) FROM _prisma_migrations")).isEqualTo(20);
    }

    @Test
    void aMissingDatabaseIsCreated() throws SQLException {
        ConnectionUrl missing = ConnectionUrl.parse(database.prismaUrl() + "_new");
        history.add("1_users", USERS);
        try {
            DeployResult result = Migrations.builder(missing, history.path()).build().deploy();
            assertThat(result.databaseCreated()).contains("MySQL database " + missing.database() + " created at "
                    + missing.hostAndPort());
            assertThat(result.applied()).containsExactly("1_users");
        } finally {
            database.execute("DROP DATABASE IF EXISTS `" + missing.database() + "`");
        }
    }
}
