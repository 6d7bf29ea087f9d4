package dev.refract.cli.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliRun;
import dev.refract.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitCommandTest {
    @TempDir
    Path cwd;

    private CliRun refract(String... args) {
        return CliRun.run(CliContext.of(cwd), args);
    }

    private String read(String relative) throws IOException {
        return Files.readString(cwd.resolve(relative));
    }

    @Test
    void aFreshProjectGetsSchemaEnvAndGitignore() throws IOException {
        CliRun run = refract("init");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "\u2714 Your Prisma schema was created at prisma/schema.prisma",
                "Created .env with DATABASE_URL.",
                "Created .gitignore with .env in it.",
                "Next steps:\n1. Set the DATABASE_URL in the .env file");
        assertThat(read("prisma/schema.prisma")).contains("""
                generator client {
                  provider = "refract-client-java"
                }
                """, """
                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                }
                """);
        assertThat(read(".env")).contains(
                "DATABASE_URL=\"postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public\"\n");
        assertThat(read(".gitignore")).contains("\n.env\n");
    }

    @Test
    void theNewSchemaValidatesAndIsFormatted() {
        refract("init");

        CliRun validate = refract("validate");
        CliRun format = refract("format", "--check");

        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(ExitCodes.OK);
        assertThat(validate.out()).startsWith("The schema at prisma/schema.prisma is valid");
        assertThat(format.exitCode()).as(format.err()).isEqualTo(ExitCodes.OK);
    }

    @ParameterizedTest
    @CsvSource({
        "postgresql, postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public",
        "mysql,      mysql://johndoe:randompassword@localhost:3306/mydb",
        "sqlite,     file:./dev.db",
        "SQLite,     file:./dev.db"})
    void eachProviderGetsItsDatasourceAndExampleUrl(String provider, String url) throws IOException {
        CliRun run = refract("init", "--datasource-provider", provider);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(read("prisma/schema.prisma"))
                .contains("  provider = \"" + provider.toLowerCase(java.util.Locale.ROOT) + "\"\n");
        assertThat(read(".env")).contains("DATABASE_URL=\"" + url + "\"");
    }

    @Test
    void sqliteNeedsNoUrlStep() {
        CliRun run = refract("init", "--datasource-provider", "sqlite");

        assertThat(run.out()).contains("Next steps:\n1. Add your models").doesNotContain("Set the DATABASE_URL");
    }

    @ParameterizedTest
    @CsvSource({
        "postgres://u:p@db:5432/app, postgresql",
        "postgresql://u:p@db/app,    postgresql",
        "mysql://root@localhost/app, mysql",
        "file:./app.db,              sqlite"})
    void theProviderFollowsTheUrl(String url, String provider) throws IOException {
        CliRun run = refract("init", "--url", url);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(read("prisma/schema.prisma")).contains("  provider = \"" + provider + "\"\n");
        assertThat(read(".env")).contains("DATABASE_URL=\"" + url + "\"");
        assertThat(run.out()).doesNotContain("Set the DATABASE_URL");
    }

    @Test
    void anUnknownProviderIsAUsageErrorWithPrismasMessage() {
        CliRun run = refract("init", "--datasource-provider", "mongodb");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Provider \"mongodb\" is invalid or not supported. "
                + "Try again with \"postgresql\", \"mysql\" or \"sqlite\".");
        assertThat(cwd.resolve("prisma")).doesNotExist();
    }

    @Test
    void aUrlOfAnotherDatabaseThanTheProviderIsAUsageError() {
        CliRun run = refract("init", "--datasource-provider", "mysql", "--url", "postgresql://localhost/db");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is a postgresql URL, but --datasource-provider is mysql");
        assertThat(cwd.resolve("prisma")).doesNotExist();
    }

    @Test
    void aUrlOfAnUnknownDatabaseNeedsTheProvider() throws IOException {
        CliRun unknown = refract("init", "--url", "jdbc:h2:mem:x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Cannot tell the database of --url");

        CliRun given = refract("init", "--url", "jdbc:h2:mem:x", "--datasource-provider", "sqlite");
        assertThat(given.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(read(".env")).contains("DATABASE_URL=\"jdbc:h2:mem:x\"");
    }

    @Test
    void anExistingSchemaIsNeverOverwritten() throws IOException {
        Files.createDirectories(cwd.resolve("prisma"));
        Files.writeString(cwd.resolve("prisma/schema.prisma"), "// mine\n");

        CliRun run = refract("init");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("Error: prisma/schema.prisma already exists: refract init never "
                + "overwrites a schema (run it in a project that has none)\n");
        assertThat(read("prisma/schema.prisma")).isEqualTo("// mine\n");
        assertThat(cwd.resolve(".env")).doesNotExist();
        assertThat(cwd.resolve(".gitignore")).doesNotExist();
    }

    @Test
    void aSchemaInTheWorkingDirectoryAlsoStopsInit() throws IOException {
        Files.writeString(cwd.resolve("schema.prisma"), "// mine\n");

        CliRun run = refract("init");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("Error: schema.prisma already exists");
        assertThat(cwd.resolve("prisma")).doesNotExist();
    }

    @Test
    void anExistingPrismaFolderWithoutSchemaIsFine() throws IOException {
        Files.createDirectories(cwd.resolve("prisma/migrations"));

        assertThat(refract("init").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cwd.resolve("prisma/schema.prisma")).exists();
    }

    @Test
    void envIsAppendedToAGitignoreThatLacksIt() throws IOException {
        Files.writeString(cwd.resolve(".gitignore"), "target/\n*.log");

        CliRun run = refract("init");

        assertThat(run.out()).contains("Added .env to .gitignore.");
        assertThat(read(".gitignore")).startsWith("target/\n*.log\n\n").endsWith("\n.env\n");
    }

    @Test
    void aGitignoreThatHasEnvIsLeftAlone() throws IOException {
        Files.writeString(cwd.resolve(".gitignore"), "target/\n/.env\n");

        CliRun run = refract("init");

        assertThat(read(".gitignore")).isEqualTo("target/\n/.env\n");
        assertThat(run.out()).doesNotContain(".gitignore");
    }

    @Test
    void anEnvFileWithDatabaseUrlIsKeptWithAWarning() throws IOException {
        Files.writeString(cwd.resolve(".env"), "DATABASE_URL=\"mysql://me@db/app\"\n");

        CliRun run = refract("init");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(read(".env")).isEqualTo("DATABASE_URL=\"mysql://me@db/app\"\n");
        assertThat(run.out()).contains("warn Refract would have added DATABASE_URL but it already exists in .env");
    }

    @Test
    void anEnvFileWithoutDatabaseUrlGetsItAppended() throws IOException {
        Files.writeString(cwd.resolve(".env"), "OTHER=1\n");

        CliRun run = refract("init", "--datasource-provider", "sqlite");

        assertThat(run.out()).contains("Added DATABASE_URL to .env.");
        assertThat(read(".env")).isEqualTo("OTHER=1\n\n# Added by `refract init`:\nDATABASE_URL=\"file:./dev.db\"\n");
    }

    @Test
    void initTakesNoPositionalArguments() {
        CliRun run = refract("init", "myproject");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cwd.resolve("prisma")).doesNotExist();
    }
}
