package dev.refract.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refract generate} run in-process on schemas in a temporary project. */
class GenerateCommandTest {
    @TempDir
    Path project;

    private static final String MODELS = """
            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model User {
              id    Int    @id
              email String @unique
            }
            """;

    @Test
    void generatesIntoTheConfiguredPackageAndLeavesUnchangedFilesAlone() throws Exception {
        Files.createDirectories(project.resolve("prisma"));
        Files.writeString(project.resolve("prisma/schema.prisma"), """
                generator client {
                  provider   = "refract-client-java"
                  output     = "../gen"
                  package    = "com.acme.db"
                  clientName = "Acme"
                }
                """ + MODELS);
        CliRun first = CliRun.run(CliContext.of(project), "generate");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("Prisma schema loaded from prisma/schema.prisma.");
        assertThat(first.out()).contains("Generated Refract Client (Java) to ./gen in package com.acme.db")
                .contains("written, 0 unchanged, 0 removed").contains("Acme db = Acme.connect();");
        Path client = project.resolve("gen/com/acme/db/Acme.java");
        assertThat(client).exists();
        Path stale = project.resolve("gen/com/acme/db/OldDelegate.java");
        Files.writeString(stale, Files.readString(client));
        Path handWritten = project.resolve("gen/com/acme/db/Mine.java");
        Files.writeString(handWritten, "package com.acme.db;\nclass Mine {}\n");
        long modified = Files.getLastModifiedTime(client).toMillis();

        CliRun second = CliRun.run(CliContext.of(project), "generate");
        assertThat(second.out()).contains("0 written").contains("unchanged, 1 removed");
        assertThat(Files.getLastModifiedTime(client).toMillis()).isEqualTo(modified);
        assertThat(stale).doesNotExist();
        assertThat(handWritten).exists();
    }

    @Test
    void withOnlyAJsGeneratorDefaultsApplyAndAreNamed() throws Exception {
        Files.createDirectories(project.resolve("prisma"));
        Files.writeString(project.resolve("prisma/schema.prisma"), """
                generator client {
                  provider = "prisma-client-js"
                }
                """ + MODELS);
        CliRun run = CliRun.run(CliContext.of(project), "generate");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("The schema has only generators for prisma-client-js; using the defaults")
                .contains("package refract.db, clientName Db.")
                .contains("to ./src/main/java in package refract.db");
        assertThat(project.resolve("src/main/java/refract/db/UserDelegate.java")).exists();
    }

    @Test
    void anInvalidSchemaIsReportedWithP1012() throws Exception {
        Files.writeString(project.resolve("schema.prisma"), MODELS + "model Broken { id Nope @id }\n");
        CliRun run = CliRun.run(CliContext.of(project), "generate");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("P1012");
        assertThat(run.errHasNoStackTrace()).isTrue();
    }
}
