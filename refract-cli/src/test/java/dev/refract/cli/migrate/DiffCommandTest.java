package dev.refract.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate diff} with every kind of source, on SQLite. */
class DiffCommandTest {
    @TempDir
    Path cwd;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.sqlite(cwd).schema(DevCommandTest.USER);
    }

    @Test
    void fromEmptyToSchemaAsSummaryAndScript() {
        CliRun summary = project.run("migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma");
        assertThat(summary.exitCode()).as(summary.err()).isEqualTo(ExitCodes.OK);
        assertThat(summary.out()).isEqualTo("\n[+] Added tables\n  - User\n\n[*] Changed the `User` table\n"
                + "  [+] Added unique index on columns (email)\n");

        CliRun script = project.run("migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma",
                "--script");
        assertThat(script.out()).startsWith("-- CreateTable\nCREATE TABLE \"User\" (")
                .endsWith("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n");

        CliRun reverse = project.run("migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-empty", "--script");
        assertThat(reverse.out()).contains("DROP TABLE \"User\";");
    }

    @Test
    void exitCodeTellsWhetherTheyDiffer() {
        assertThat(project.run("migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--exit-code")
                .exitCode()).isEqualTo(ExitCodes.DIFFERENCE);
        CliRun same = project.run("migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-schema",
                "prisma/schema.prisma", "--exit-code");
        assertThat(same.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(same.out()).isEqualTo("No difference detected.\n");
        CliRun emptyScript = project.run("migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-schema",
                "prisma/schema.prisma", "--script");
        assertThat(emptyScript.out()).isEqualTo("-- This is an empty migration.\n");
    }

    @Test
    void databasesAndMigrationFolders() {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        String[][] sources = {
            {"--from-url", "file:./prisma/dev.db"},
            {"--from-schema-datasource", "prisma/schema.prisma"},
            {"--from-config-datasource"},
            {"--from-migrations", "prisma/migrations"},
        };
        for (String[] source : sources) {
            String[] args = new String[source.length + 5];
            args[0] = "migrate";
            args[1] = "diff";
            System.arraycopy(source, 0, args, 2, source.length);
            args[source.length + 2] = "--to-schema";
            args[source.length + 3] = "prisma/schema.prisma";
            args[source.length + 4] = "--exit-code";
            CliRun run = project.run(args);
            assertThat(run.exitCode()).as(String.join(" ", source) + "\n" + run.out() + run.err()).isEqualTo(ExitCodes.OK);
        }
        CliRun toMigrations = project.run("migrate", "diff", "--from-empty", "--to-migrations", "prisma/migrations",
                "--script");
        assertThat(toMigrations.exitCode()).as(toMigrations.err()).isEqualTo(ExitCodes.OK);
        assertThat(toMigrations.out()).contains("CREATE TABLE \"User\"");
        CliRun toUrl = project.run("migrate", "diff", "--from-empty", "--to-url", "file:./prisma/dev.db", "--exit-code");
        assertThat(toUrl.exitCode()).isEqualTo(ExitCodes.DIFFERENCE);
        assertThat(toUrl.out()).contains("[+] Added tables\n  - User").doesNotContain("_prisma_migrations");
    }

    @Test
    void outputGoesToAFile() {
        CliRun run = project.run("migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script",
                "-o", "out/diff.sql");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(project.read("out/diff.sql")).startsWith("-- CreateTable");
    }

    @Test
    void oneFromAndOneToAreNeeded() {
        CliRun none = project.run("migrate", "diff", "--to-empty");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("0 `--from-...` parameter(s) provided. 1 must be provided.");
        CliRun two = project.run("migrate", "diff", "--from-empty", "--from-url", "file:x.db");
        assertThat(two.err()).contains("2 `--from-...` parameter(s) provided. 1 must be provided.\n"
                + "0 `--to-...` parameter(s) provided. 1 must be provided.");
        CliRun empties = project.run("migrate", "diff", "--from-empty", "--to-empty");
        assertThat(empties.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(empties.err()).contains("Error: Could not determine the connector to use for diffing.");
    }

    @Test
    void problemsWithTheSources() {
        project.write("bad.prisma", "datasource db {\n  provider = \"sqlite\"\n}\nmodel A {\n  id Int @id\n  x Nope\n}\n");
        CliRun invalid = project.run("migrate", "diff", "--from-empty", "--to-schema", "bad.prisma");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.err()).contains("P1012");

        project.write("nodatasource.prisma", "model A {\n  id Int @id\n}\n");
        CliRun noDatasource = project.run("migrate", "diff", "--from-empty", "--to-schema", "nodatasource.prisma");
        assertThat(noDatasource.err()).contains("Error: The schema at nodatasource.prisma has no datasource block");

        project.write("nolock/20200101000000_a/migration.sql", "CREATE TABLE a (id INTEGER);\n");
        CliRun noLock = project.run("migrate", "diff", "--from-migrations", "nolock", "--to-empty");
        assertThat(noLock.err()).contains("missing migration_lock.toml");

        project.write("pg.prisma", "datasource db {\n  provider = \"postgresql\"\n}\nmodel A {\n  id Int @id\n}\n");
        CliRun mixed = project.run("migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-schema", "pg.prisma");
        assertThat(mixed.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(mixed.err()).contains("different providers (`sqlite` and `postgresql`)");

        project.write("pgmigrations/migration_lock.toml", "provider = \"postgresql\"\n");
        CliRun noShadow = project.run("migrate", "diff", "--from-migrations", "pgmigrations", "--to-empty",
                "--schema", "pg.prisma");
        assertThat(noShadow.err()).contains("You must pass the --shadow-database-url if you want to diff a migrations"
                + " directory.");
        assertThat(noShadow.errHasNoStackTrace()).isTrue();
    }
}
