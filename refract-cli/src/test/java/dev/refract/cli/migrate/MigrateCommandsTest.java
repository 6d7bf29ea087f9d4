package dev.refract.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrate and db commands end to end on an embedded SQLite database: the adapters over the
 * migration library (which has its own tests on PostgreSQL, MariaDB and SQLite).
 */
class MigrateCommandsTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;

    @TempDir
    Path cwd;

    private CliRun refract(String... args) {
        return CliRun.run(CliContext.of(cwd), args);
    }

    private void write(String relative, String text) throws IOException {
        Path file = cwd.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void migration(String name, String sql) throws IOException {
        write("prisma/migrations/" + name + "/migration.sql", sql);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cwd.resolve("prisma/dev.db"));
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void statusDeployStatus() throws Exception {
        write("prisma/schema.prisma", SCHEMA);
        write("prisma/migrations/migration_lock.toml", "provider = \"sqlite\"\n");
        migration("20240101000000_init", "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
                + "\"email\" TEXT NOT NULL);\nCREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n");
        migration("20240102000000_seed", "INSERT INTO \"User\" (\"email\") VALUES ('a@x.io');\n");

        CliRun before = refract("migrate", "status");
        assertThat(before.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);

        CliRun deploy = refract("migrate", "deploy");
        assertThat(deploy.exitCode()).as(deploy.err()).isEqualTo(ExitCodes.OK);
        assertThat(deploy.out()).contains("2 migrations found in prisma/migrations", "Applying migration `20240101000000_init`",
                "All migrations have been successfully applied.");
        assertThat(deploy.err()).contains("Datasource \"db\"");
        assertThat(count("SELECT COUNT(*) FROM \"User\"")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL")).isEqualTo(2);

        CliRun after = refract("migrate", "status");
        assertThat(after.exitCode()).as(after.out()).isEqualTo(ExitCodes.OK);
        assertThat(refract("migrate", "deploy").out()).contains("No pending migrations to apply.");
    }

    @Test
    void aFailedMigrationBlocksDeployUntilResolved() throws Exception {
        write("prisma/schema.prisma", SCHEMA);
        migration("20240101000000_init", "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"email\" TEXT NOT NULL);\n");
        migration("20240102000000_broken", "INSERT INTO \"Nope\" VALUES (1);\n");

        CliRun failed = refract("migrate", "deploy");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(failed.err()).contains("P3018", "20240102000000_broken");

        CliRun blocked = refract("migrate", "deploy");
        assertThat(blocked.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(blocked.err()).contains("P3009", "20240102000000_broken");

        migration("20240102000000_broken", "INSERT INTO \"User\" VALUES (1, 'fixed@x.io');\n");
        assertThat(refract("migrate", "resolve", "--rolled-back", "20240102000000_broken").exitCode()).isEqualTo(ExitCodes.OK);
        CliRun redeploy = refract("migrate", "deploy");
        assertThat(redeploy.exitCode()).as(redeploy.err()).isEqualTo(ExitCodes.OK);
        assertThat(count("SELECT COUNT(*) FROM \"User\"")).isEqualTo(1);
    }

    @Test
    void resolveNeedsExactlyOneMark() throws IOException {
        write("prisma/schema.prisma", SCHEMA);
        assertThat(refract("migrate", "resolve").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refract("migrate", "resolve", "--applied", "a", "--rolled-back", "b").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void dbExecuteRunsAScriptFileAgainstTheDatasource() throws Exception {
        write("prisma/schema.prisma", SCHEMA);
        write("script.sql", "CREATE TABLE t (a INTEGER);\nINSERT INTO t VALUES (1), (2);\n");
        CliRun missingDatabase = refract("db", "execute", "--file", "script.sql");
        assertThat(missingDatabase.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missingDatabase.err()).contains("Error: P1003"); // as Prisma: db execute creates no database
        Files.createFile(cwd.resolve("prisma/dev.db"));
        CliRun run = refract("db", "execute", "--file", "script.sql");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Script executed successfully.");
        assertThat(count("SELECT COUNT(*) FROM t")).isEqualTo(2);
        assertThat(refract("db", "execute", "--file", "missing.sql").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void anUnreachableServerIsOneLineWithP1001() throws IOException {
        write("prisma/schema.prisma", SCHEMA.replace("\"sqlite\"", "\"postgresql\"")
                .replace("file:./dev.db", "postgresql://postgres@127.0.0.1:1/nowhere"));
        CliRun run = refract("migrate", "status");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Error: P1001").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
