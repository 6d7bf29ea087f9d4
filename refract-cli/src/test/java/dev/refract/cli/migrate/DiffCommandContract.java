package dev.refract.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.ServerProjects;
import dev.refract.cli.TestProject;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate diff} on a database server with every kind of source: the class's database gets the
 * project's history once; migrations folders are replayed in a temporary shadow database on the
 * project's server or in {@code --shadow-database-url}.
 */
abstract class DiffCommandContract {
    @TempDir
    Path cwd;
    TestProject project;

    abstract ServerProjects server();

    @BeforeEach
    void setUp(TestDatabase database) throws Exception {
        project = server().project(cwd, database).schema(DevCommandTest.USER);
        if (server().tables(project).isEmpty()) {
            assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        } else {
            project.run("migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script", "-o",
                    "prisma/migrations/20200101000000_init/migration.sql");
            project.write("prisma/migrations/migration_lock.toml", "provider = \"" + server().provider() + "\"\n");
        }
    }

    private CliRun diff(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "migrate";
        all[1] = "diff";
        System.arraycopy(args, 0, all, 2, args.length);
        return project.run(all);
    }

    @Test
    void everySourceOfTheSameSchemaAgrees() {
        String[][] sources = {
            {"--from-url", project.url()},
            {"--from-schema-datasource", "prisma/schema.prisma"},
            {"--from-config-datasource"},
            {"--from-migrations", "prisma/migrations"},
            {"--from-schema", "prisma/schema.prisma"},
        };
        for (String[] from : sources) {
            for (String[] to : new String[][] {{"--to-schema", "prisma/schema.prisma"}, {"--to-url", project.url()},
                {"--to-migrations", "prisma/migrations"}}) {
                String[] args = new String[from.length + to.length + 1];
                System.arraycopy(from, 0, args, 0, from.length);
                System.arraycopy(to, 0, args, from.length, to.length);
                args[args.length - 1] = "--exit-code";
                CliRun run = diff(args);
                assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.out() + run.err())
                        .isEqualTo(ExitCodes.OK);
                assertThat(run.out()).isEqualTo("No difference detected.\n");
            }
        }
    }

    @Test
    void differencesAsSummaryScriptAndExitCode() {
        CliRun summary = diff("--from-url", project.url(), "--to-empty", "--exit-code");
        assertThat(summary.exitCode()).isEqualTo(ExitCodes.DIFFERENCE);
        assertThat(summary.out()).contains("[-] Removed tables\n  - User").doesNotContain("_prisma_migrations");

        CliRun script = diff("--from-empty", "--to-migrations", "prisma/migrations", "--script");
        assertThat(script.exitCode()).as(script.err()).isEqualTo(ExitCodes.OK);
        assertThat(script.out()).startsWith("-- CreateTable\nCREATE TABLE ");
    }

    @Test
    void aShadowDatabaseUrlIsUsedForMigrationFolders(TestDatabase database) throws Exception {
        TestProject other = server().project(cwd.resolve("other"), database);
        try (TestDatabase shadow = dev.refract.testkit.TestDatabases.create(server().kind(), "cli_diff_shadow")) {
            CliRun run = project.run("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema",
                    "prisma/schema.prisma", "--shadow-database-url", shadow.prismaUrl(), "--exit-code");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(server().tables(server().project(cwd, shadow))).containsExactly("User");
        }
        assertThat(server().tables(other)).contains("User");
    }
}
