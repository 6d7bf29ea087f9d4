package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests against the real Prisma CLI (run with {@code -Drefract.oracle=<oracle folder>}):
 * one database and one history, used by Prisma and Refract in turns.
 *
 * <p>The oracle runs Prisma's WebAssembly engine through {@code @prisma/adapter-pg}, whose
 * {@code executeScript} splits scripts on every {@code ;} (comments and {@code $$} bodies
 * included); Prisma's native engine sends the whole script in one simple query, as Refract does.
 * So Prisma applies only histories without such scripts here; it reads any history.
 */
@EnabledIfSystemProperty(named = PrismaOracle.PROPERTY, matches = ".+")
class PrismaInteropPostgresTest {
    private static final Path INBOX_ZERO = Corpus.migrations("elie222__inbox-zero");

    @TempDir
    Path workspace;

    @Test
    void prismaStatusAcceptsAHistoryDeployedByRefract() {
        try (TestDatabase database = TestDatabases.postgres("interop_status")) {
            Migrations.builder(ConnectionUrl.parse(database.prismaUrl()), INBOX_ZERO).build().deploy();

            PrismaOracle.Run status = oracle().prisma(database.prismaUrl(), INBOX_ZERO, "migrate", "status");

            assertThat(status.output()).contains("240 migrations found in prisma/migrations")
                    .contains("Database schema is up to date!");
            assertThat(status.exitCode()).isZero();
        }
    }

    @Test
    void prismaDeploysThenRefractContinuesAndPrismaAgrees() throws IOException, SQLException {
        Path prefix = copyOf(INBOX_ZERO, 100);
        try (TestDatabase database = TestDatabases.postgres("interop_turns")) {
            PrismaInteropPostgresTest.PrismaTurn turn = new PrismaTurn(oracle(), database);
            PrismaOracle.Run deploy = turn.prisma(prefix, "migrate", "deploy");
            assertThat(deploy.exitCode()).as(deploy.output()).isZero();
            List<String> prismasChecksums = Rows.strings(database,
                    "SELECT migration_name || ' ' || checksum FROM _prisma_migrations ORDER BY migration_name");

            Migrations prefixMigrations = Migrations.builder(ConnectionUrl.parse(database.prismaUrl()), prefix).build();
            assertThat(prefixMigrations.status().isUpToDate()).isTrue();
            assertThat(prismasChecksums).containsExactlyElementsOf(MigrationsDirectory.read(prefix).migrations()
                    .stream().map(m -> m.name() + " " + m.checksum().orElseThrow()).toList());

            Migrations all = Migrations.builder(ConnectionUrl.parse(database.prismaUrl()), INBOX_ZERO).build();
            assertThat(all.deploy().applied()).hasSize(140);

            PrismaOracle.Run status = turn.prisma(INBOX_ZERO, "migrate", "status");
            assertThat(status.output()).contains("Database schema is up to date!");
            assertThat(status.exitCode()).isZero();
        }
    }

    @Test
    void aFailureRecordedByRefractBlocksPrismaAndPrismasResolveUnblocksRefract() {
        Path history = workspace.resolve("broken");
        new TestHistory(history, Provider.POSTGRESQL).add("1_ok", "CREATE TABLE ok (id INT);\n")
                .add("2_broken", "SELECT 1/0;\n").add("3_more", "CREATE TABLE more (id INT);\n");
        try (TestDatabase database = TestDatabases.postgres("interop_failed")) {
            Migrations migrations = Migrations.builder(ConnectionUrl.parse(database.prismaUrl()), history).build();
            assertThatThrownBy(migrations::deploy).isInstanceOf(DatabaseException.class);
            PrismaTurn turn = new PrismaTurn(oracle(), database);

            PrismaOracle.Run blocked = turn.prisma(history, "migrate", "deploy");
            assertThat(blocked.output()).contains("P3009").contains("The `2_broken` migration started at ");

            new TestHistory(history, Provider.POSTGRESQL).add("2_broken", "SELECT 1;\n");
            PrismaOracle.Run resolved = turn.prisma(history, "migrate", "resolve", "--rolled-back", "2_broken");
            assertThat(resolved.exitCode()).as(resolved.output()).isZero();
            assertThat(migrations.deploy().applied()).containsExactly("2_broken", "3_more");
            assertThat(turn.prisma(history, "migrate", "status").output()).contains("Database schema is up to date!");
        }
    }

    private PrismaOracle oracle() {
        return new PrismaOracle(PrismaOracle.root(), workspace.resolve("prisma-workspace"));
    }

    /** The first {@code count} migrations of a history and its lock file, copied into the workspace. */
    private Path copyOf(Path history, int count) throws IOException {
        Path copy = Files.createDirectories(workspace.resolve("prefix"));
        Files.copy(history.resolve(MigrationLockFile.FILE_NAME), copy.resolve(MigrationLockFile.FILE_NAME));
        for (LocalMigration migration : MigrationsDirectory.read(history).migrations().subList(0, count)) {
            Path folder = Files.createDirectories(copy.resolve(migration.name()));
            Files.copy(migration.scriptFile(), folder.resolve(LocalMigration.SCRIPT_FILE_NAME));
        }
        return copy;
    }

    /** Prisma commands against one test database. */
    private record PrismaTurn(PrismaOracle oracle, TestDatabase database) {
        PrismaOracle.Run prisma(Path migrations, String... arguments) {
            return oracle.prisma(database.prismaUrl(), migrations, arguments);
        }
    }
}
