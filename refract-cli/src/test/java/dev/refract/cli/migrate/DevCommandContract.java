package dev.refract.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.ServerProjects;
import dev.refract.cli.TestProject;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate dev} and {@code migrate reset} on a database server: the temporary shadow database
 * is created on the same server and dropped, drift is found, data loss needs consent. Each test gets
 * a fresh database; the class's own database serves as a configured shadow database.
 */
abstract class DevCommandContract {
    @TempDir
    Path cwd;
    TestDatabase database;
    TestProject project;
    List<String> shadowsBefore;

    abstract ServerProjects server();

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabases.create(server().kind(), "cli_dev");
        project = server().project(cwd, database).schema(DevCommandTest.USER_WITH_NAME);
        shadowsBefore = server().shadowDatabases(project);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private String q(String name) {
        return server().quote(name);
    }

    private void assertNoShadowDatabaseLeft() throws Exception {
        for (int attempt = 0; !shadowsBefore.containsAll(server().shadowDatabases(project)) && attempt < 30; attempt++) {
            Thread.sleep(100); // someone else's migrate dev (the Prisma oracle) may be running on this server
        }
        assertThat(shadowsBefore).containsAll(server().shadowDatabases(project));
    }

    @Test
    void firstMigrationThroughATemporaryShadowDatabaseThenInSync() throws Exception {
        CliRun first = project.run("migrate", "dev", "--name", "init");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("have been created and applied", "Your database is now in sync with your schema.");
        assertThat(server().tables(project)).containsExactly("User", "_prisma_migrations");
        assertNoShadowDatabaseLeft();
        assertThat(project.read("prisma/migrations/migration_lock.toml")).contains("provider = \"" + server().provider() + "\"");

        CliRun second = project.run("migrate", "dev");
        assertThat(second.out()).contains("Already in sync, no schema change or pending migration was found.");
        assertNoShadowDatabaseLeft();
        assertThat(project.run("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                "prisma/schema.prisma", "--exit-code").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void driftIsDetectedAndAResetOffered() throws Exception {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("ALTER TABLE " + q("User") + " ADD COLUMN extra INTEGER");

        CliRun refused = project.run("migrate", "dev");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(refused.out()).contains("Drift detected", "[*] Changed the `User` table\n  [+] Added column `extra`",
                server().needToReset(database), "You may use refract migrate reset");
        assertNoShadowDatabaseLeft();

        CliRun accepted = project.answering(List.of("y"), "migrate", "dev");
        assertThat(accepted.exitCode()).as(accepted.out() + accepted.err()).isEqualTo(ExitCodes.OK);
        assertThat(project.run("migrate", "diff", "--from-url", project.url(), "--to-schema", "prisma/schema.prisma",
                "--exit-code").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aDestructiveChangeIsRefusedWithoutConsent() throws Exception {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO " + q("User") + " (email, name) VALUES ('a@x.io', 'Ada')");
        project.schema(DevCommandTest.USER);

        CliRun refused = project.run("migrate", "dev", "--name", "drop name");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.out()).contains("You are about to drop the column `name` on the `User` table, which still"
                + " contains 1 non-null values.");
        assertThat(project.migrations()).hasSize(1);
        assertThat(project.count("SELECT COUNT(name) FROM " + q("User"))).isEqualTo(1);

        CliRun accepted = project.run("migrate", "dev", "--name", "drop name", "--accept-data-loss");
        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
        assertThat(project.migrations()).hasSize(2);
        assertNoShadowDatabaseLeft();
    }

    @Test
    void aBrokenMigrationIsP3006AndLeavesNoShadowDatabase() throws Exception {
        project.write("prisma/migrations/migration_lock.toml", "provider = \"" + server().provider() + "\"\n");
        project.write("prisma/migrations/20200101000000_broken/migration.sql", "SELECT nope FROM nowhere;\n");
        CliRun run = project.run("migrate", "dev");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Error: P3006", "Migration `20200101000000_broken` failed to apply cleanly");
        assertNoShadowDatabaseLeft();
    }

    @Test
    void aConfiguredShadowDatabaseIsEmptiedAndKept(TestDatabase shadow) throws Exception {
        shadow.execute("CREATE TABLE stray (id INTEGER)");
        project.write("prisma/schema.prisma", project.read("prisma/schema.prisma").replaceFirst("\n}\n",
                "\n  shadowDatabaseUrl = \"" + shadow.prismaUrl() + "\"\n}\n"));
        CliRun run = project.run("migrate", "dev", "--name", "init");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(server().tables(server().project(cwd, shadow))).isEmpty();
        assertThat(project.run("migrate", "dev").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(server().tables(server().project(cwd, shadow))).containsExactly("User");
        assertNoShadowDatabaseLeft();

        project.write("prisma/schema.prisma", project.read("prisma/schema.prisma")
                .replace("\"" + shadow.prismaUrl() + "\"", "env(\"SHADOW_URL\")"));
        CliRun same = project.env(java.util.Map.of("SHADOW_URL", database.prismaUrl())).run("migrate", "dev");
        assertThat(same.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(same.err()).contains("The shadow database you configured appears to be the same as the main database.");
    }

    @Test
    void resetDropsTheDataAndReappliesTheHistory() throws Exception {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO " + q("User") + " (email) VALUES ('a@x.io')", "CREATE TABLE stray (id INTEGER)");
        CliRun run = project.run("migrate", "reset", "--force", "--skip-generate");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Database reset successful", "The following migration(s) have been applied:");
        assertThat(server().tables(project)).containsExactly("User", "_prisma_migrations");
        assertThat(project.count("SELECT COUNT(*) FROM " + q("User"))).isZero();
    }
}
