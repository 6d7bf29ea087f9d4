package dev.refract.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate dev} end to end on SQLite: the shadow database is a temporary file. */
class DevCommandTest {
    static final String USER = """
            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;
    static final String USER_WITH_NAME = """
            model User {
              id    Int     @id @default(autoincrement())
              email String  @unique
              name  String?
            }
            """;

    @TempDir
    Path cwd;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.sqlite(cwd).schema(USER);
    }

    @Test
    void createsTheDatabaseAndTheFirstMigrationThenIsInSync() throws Exception {
        CliRun first = project.run("migrate", "dev", "--name", "Init Users");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("SQLite database dev.db created at file:./dev.db",
                "The following migration(s) have been created and applied from new schema changes:",
                "prisma/migrations/\n  └─ ", "_init_users/\n    └─ migration.sql",
                "Your database is now in sync with your schema.", "Generated Refract Client (Java) to ./src/main/java in package refract.db");
        assertThat(project.migrations()).singleElement().asString().matches("\\d{14}_init_users");
        String sql = project.migrationSql(project.migrations().get(0));
        assertThat(sql).startsWith("-- CreateTable\nCREATE TABLE \"User\"").contains("CREATE UNIQUE INDEX \"User_email_key\"");
        assertThat(project.read("prisma/migrations/migration_lock.toml")).contains("provider = \"sqlite\"");
        assertThat(project.count("SELECT COUNT(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL")).isEqualTo(1);
        assertThat(tempShadowFiles()).isEmpty();

        CliRun second = project.run("migrate", "dev", "--skip-generate");
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("Already in sync, no schema change or pending migration was found.")
                .doesNotContain("Generated Refract Client");
        assertThat(project.migrations()).hasSize(1);
        assertThat(project.run("migrate", "status").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void createOnlyWritesWithoutApplyingAndTheNextDevAppliesIt() throws Exception {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.schema(USER_WITH_NAME);
        CliRun draft = project.run("migrate", "dev", "--create-only", "--name", "name");
        assertThat(draft.exitCode()).as(draft.err()).isEqualTo(ExitCodes.OK);
        assertThat(draft.out()).contains("Prisma Migrate created the following migration without applying it ",
                "_name\n", "You can now edit it and apply it by running refract migrate dev.");
        assertThat(project.migrations()).hasSize(2);
        assertThat(project.migrationSql(project.migrations().get(1))).contains("ALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;");
        assertThat(project.count("SELECT COUNT(*) FROM _prisma_migrations")).isEqualTo(1);

        CliRun apply = project.run("migrate", "dev");
        assertThat(apply.exitCode()).as(apply.err()).isEqualTo(ExitCodes.OK);
        assertThat(apply.out()).contains("The following migration(s) have been applied:\n\nmigrations/\n  └─ "
                + project.migrations().get(1) + "/", "Your database is now in sync with your schema.")
                .doesNotContain("have been created");
        assertThat(project.count("SELECT COUNT(*) FROM _prisma_migrations")).isEqualTo(2);

        CliRun empty = project.run("migrate", "dev", "--create-only");
        assertThat(empty.exitCode()).as(empty.err()).isEqualTo(ExitCodes.OK);
        assertThat(project.migrations()).hasSize(3);
        assertThat(project.migrations().get(2)).matches("\\d{14}_");
        assertThat(project.migrationSql(project.migrations().get(2))).isEqualTo("-- This is an empty migration.");
        assertThat(project.migrations()).isSorted();
    }

    @Test
    void onATerminalTheNameIsAskedAndSlugified() {
        CliRun run = project.answering(List.of("Add users & posts"), "migrate", "dev");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("? Enter a name for the new migration: › Add users & posts");
        assertThat(project.migrations()).singleElement().asString().endsWith("_add_users_and_posts");
    }

    @Test
    void driftNeedsAResetThatOnlyATerminalMayConfirm() throws Exception {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO \"User\" (email) VALUES ('a@x.io')", "ALTER TABLE \"User\" ADD COLUMN extra INTEGER");

        CliRun refused = project.run("migrate", "dev");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(refused.out()).contains("Drift detected: Your database schema is not in sync with your migration history.",
                "[*] Changed the `User` table\n  [+] Added column `extra`",
                "We need to reset the SQLite database \"dev.db\" at \"file:./dev.db\"",
                "You may use refract migrate reset to drop the development database.\nAll data will be lost.");

        CliRun declined = project.answering(List.of("n"), "migrate", "dev");
        assertThat(declined.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(declined.out()).contains("? Do you want to continue? All data will be lost. › (y/N) n", "Reset cancelled.");
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isEqualTo(1);

        CliRun accepted = project.answering(List.of("y"), "migrate", "dev");
        assertThat(accepted.exitCode()).as(accepted.out() + accepted.err()).isEqualTo(ExitCodes.OK);
        assertThat(accepted.out()).contains("The following migration(s) have been applied:",
                "Your database is now in sync with your schema.");
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isZero();
        assertThat(project.strings("SELECT name FROM pragma_table_info('User')")).containsExactly("id", "email");
    }

    @Test
    void anEditedOrFailedMigrationNeedsAReset() throws Exception {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        String name = project.migrations().get(0);
        project.write("prisma/migrations/" + name + "/migration.sql", project.migrationSql(name) + "\n-- edited\n");
        CliRun edited = project.run("migrate", "dev");
        assertThat(edited.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(edited.out()).contains("The migration `" + name + "` was modified after it was applied.");

        project.execute("UPDATE _prisma_migrations SET finished_at = NULL");
        CliRun failed = project.run("migrate", "dev");
        assertThat(failed.out()).contains("- The migration `" + name + "` failed.\n",
                "- The migration `" + name + "` was modified after it was applied.\n");
    }

    @Test
    void aMigrationThatDoesNotApplyIsP3006() {
        project.write("prisma/migrations/20200101000000_broken/migration.sql", "CREATE TABLE nope (id INTEGER;\n");
        CliRun run = project.run("migrate", "dev");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Error: P3006", "Migration `20200101000000_broken` failed to apply cleanly to the"
                + " shadow database. \nError:\n");
        assertThat(run.errHasNoStackTrace()).isTrue();
    }

    @Test
    void dataLossNeedsConsent() throws Exception {
        project.schema(USER_WITH_NAME);
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO \"User\" (email, name) VALUES ('a@x.io', 'Ada')");
        project.schema(USER);

        CliRun refused = project.run("migrate", "dev", "--name", "drop name");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.out()).contains("⚠️  Warnings for the current datasource:\n\n  • You are about to drop the column"
                + " `name` on the `User` table, which still contains 1 non-null values.");
        assertThat(refused.err()).contains("Prisma Migrate has detected that the environment is non-interactive",
                "pass --accept-data-loss");
        assertThat(project.migrations()).hasSize(1);

        CliRun declined = project.answering(List.of("no"), "migrate", "dev", "--name", "drop name");
        assertThat(declined.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(declined.out()).contains("? Are you sure you want to create and apply this migration? › (y/N) no",
                "Migration cancelled.");
        assertThat(project.migrations()).hasSize(1);

        CliRun accepted = project.run("migrate", "dev", "--name", "drop name", "--accept-data-loss");
        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
        String sql = project.migrationSql(project.migrations().get(1));
        assertThat(sql).startsWith("/*\n  Warnings:\n\n  - You are about to drop the column `name` on the `User` table."
                + " All the data in the column will be lost.\n\n*/\n");
        assertThat(project.strings("SELECT email FROM \"User\"")).containsExactly("a@x.io");
    }

    @Test
    void stepsThatCannotRunStopItUnlessOnlyCreating() throws Exception {
        assertThat(project.run("migrate", "dev", "--name", "init").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO \"User\" (email) VALUES ('a@x.io')");
        project.schema(USER.replace("email String @unique", "email String @unique\n  age   Int"));

        CliRun stopped = project.run("migrate", "dev", "--name", "age");
        assertThat(stopped.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(stopped.err()).contains("Error: \n⚠️ We found changes that cannot be executed:\n\n  • Step 0 Added the"
                + " required column `age` to the `User` table without a default value. There are 1 rows in this table,"
                + " it is not possible to execute this step.",
                "You can use refract migrate dev --create-only to create the migration file");
        assertThat(project.migrations()).hasSize(1);

        CliRun draft = project.run("migrate", "dev", "--name", "age", "--create-only");
        assertThat(draft.exitCode()).as(draft.err()).isEqualTo(ExitCodes.OK);
        assertThat(draft.err()).contains("We found changes that cannot be executed");
        assertThat(project.migrations()).hasSize(2);
    }

    @Test
    void seedsWhenItCreatedTheDatabase() {
        project.write("prisma/refract.properties", "seed=echo seeded > seeded.txt\n");
        CliRun run = project.run("migrate", "dev", "--name", "init");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Running seed command `echo seeded > seeded.txt` ...",
                "🌱  The seed command has been executed.");
        assertThat(cwd.resolve("seeded.txt")).hasContent("seeded");

        project.schema(USER_WITH_NAME);
        CliRun next = project.run("migrate", "dev", "--name", "name");
        assertThat(next.out()).doesNotContain("Running seed command");
    }

    @Test
    void skipSeed() {
        project.write("prisma/refract.properties", "seed=echo seeded > seeded.txt\n");
        CliRun run = project.run("migrate", "dev", "--name", "init", "--skip-seed");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("Running seed command");
        assertThat(cwd.resolve("seeded.txt")).doesNotExist();
    }

    @Test
    void helpListsTheFlags() {
        CliRun help = project.run("migrate", "dev", "--help");
        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("--name", "--create-only", "--skip-generate", "--skip-seed", "--accept-data-loss",
                "--schema");
    }

    private static List<Path> tempShadowFiles() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("prisma_migrate_shadow_db_")).toList();
        }
    }
}
