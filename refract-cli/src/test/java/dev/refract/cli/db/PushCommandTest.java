package dev.refract.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db push} on SQLite. */
class PushCommandTest {
    static final String POSTS = """
            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
              posts Post[]
            }

            model Post {
              id     Int    @id
              title  String
              author User   @relation(fields: [authorId], references: [id])
              authorId Int
            }
            """;
    static final String USERS = """
            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;

    @TempDir
    Path cwd;
    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.sqlite(cwd).schema(POSTS);
    }

    @Test
    void createsTheDatabaseAndPushesThenIsInSync() throws Exception {
        CliRun push = project.run("db", "push");
        assertThat(push.exitCode()).as(push.err()).isEqualTo(ExitCodes.OK);
        assertThat(push.out()).contains("SQLite database dev.db created at file:./dev.db",
                "🚀  Your database is now in sync with your Prisma schema. Done in ", "Generated Refract Client (Java) to ./src/main/java in package refract.db");
        assertThat(project.strings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                .contains("Post", "User").doesNotContain("_prisma_migrations");
        assertThat(project.migrations()).isEmpty();

        CliRun again = project.run("db", "push", "--skip-generate");
        assertThat(again.out()).contains("The database is already in sync with the Prisma schema.")
                .doesNotContain("Generated Refract Client");
        assertThat(project.run("migrate", "diff", "--from-url", "file:./prisma/dev.db", "--to-schema",
                "prisma/schema.prisma", "--exit-code").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void dataLossNeedsTheFlagOrAYes() throws Exception {
        assertThat(project.run("db", "push").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO \"User\" (email) VALUES ('a@x.io')", "INSERT INTO \"Post\" VALUES (1, 't', 1)");
        project.schema(USERS);

        CliRun refused = project.run("db", "push");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.out()).contains("⚠️  There might be data loss when applying the changes:\n\n"
                + "  • You are about to drop the `Post` table, which is not empty (1 rows).\n\n");
        assertThat(refused.err()).contains("Error: Use the --accept-data-loss flag to ignore the data loss warnings like"
                + " refract db push --accept-data-loss");
        assertThat(project.count("SELECT COUNT(*) FROM \"Post\"")).isEqualTo(1);

        CliRun declined = project.answering(List.of("n"), "db", "push");
        assertThat(declined.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(declined.out()).contains("? Do you want to ignore the warning(s)? › (y/N) n", "Push cancelled.");

        CliRun accepted = project.run("db", "push", "--accept-data-loss");
        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
        assertThat(accepted.out()).contains("You are about to drop the `Post` table", "Your database is now in sync");
        assertThat(project.strings("SELECT name FROM sqlite_master WHERE type = 'table'")).doesNotContain("Post");
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isEqualTo(1);
    }

    @Test
    void unexecutableChangesStopItAndForceResetStartsOver() throws Exception {
        project.schema(USERS);
        assertThat(project.run("db", "push").exitCode()).isEqualTo(ExitCodes.OK);
        project.execute("INSERT INTO \"User\" (email) VALUES ('a@x.io')");
        project.schema(USERS.replace("email String @unique", "email String @unique\n  age   Int"));

        CliRun stopped = project.run("db", "push", "--accept-data-loss");
        assertThat(stopped.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(stopped.err()).contains("⚠️ We found changes that cannot be executed:\n\n  • Added the required column"
                + " `age` to the `User` table without a default value.",
                "You may use the --force-reset flag to drop the database before push like refract db push --force-reset");

        CliRun reset = project.run("db", "push", "--force-reset");
        assertThat(reset.exitCode()).as(reset.err()).isEqualTo(ExitCodes.OK);
        assertThat(reset.out()).contains("The SQLite database \"dev.db\" at \"file:./dev.db\" was successfully reset.",
                "Your database is now in sync with your Prisma schema.");
        assertThat(project.count("SELECT COUNT(*) FROM \"User\"")).isZero();
        assertThat(project.strings("SELECT name FROM pragma_table_info('User')")).contains("age");
    }

    @Test
    void aShadowDatabaseVariableIsOnlyNeededByMigrateDev() {
        project.write("prisma/schema.prisma", project.read("prisma/schema.prisma")
                .replaceFirst("\n}\n", "\n  shadowDatabaseUrl = env(\"NO_SUCH_VARIABLE\")\n}\n"));
        assertThat(project.run("db", "push").exitCode()).isEqualTo(ExitCodes.OK);
        CliRun dev = project.run("migrate", "dev");
        assertThat(dev.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(dev.err()).contains("NO_SUCH_VARIABLE");
    }

    @Test
    void helpListsTheFlags() {
        assertThat(project.run("db", "push", "--help").out()).contains("--accept-data-loss", "--force-reset",
                "--skip-generate", "--schema");
    }
}
