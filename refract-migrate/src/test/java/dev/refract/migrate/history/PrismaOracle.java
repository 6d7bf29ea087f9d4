package dev.refract.migrate.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Prisma CLI from an oracle installed with {@code shared/oracle/setup.sh}, run against a
 * migrations folder and a database URL (Prisma 7 style: the URL and folder come from a
 * {@code prisma.config.ts} this class writes).
 */
final class PrismaOracle {
    /** The system property that names the oracle's folder; without it the interop tests are skipped. */
    static final String PROPERTY = "refract.oracle";

    private final Path root;
    private final Path workspace;

    PrismaOracle(Path root, Path workspace) {
        this.root = root;
        this.workspace = workspace;
        try {
            Files.createDirectories(workspace.resolve("prisma"));
            Files.writeString(workspace.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n");
            Files.writeString(workspace.resolve("prisma.config.ts"), """
                    import { defineConfig, env } from "prisma/config";
                    export default defineConfig({
                      schema: "prisma/schema.prisma",
                      migrations: { path: env("MIGRATIONS_PATH") },
                      datasource: { url: env("DATABASE_URL") },
                    });
                    """);
            Path modules = workspace.resolve("node_modules");
            if (!Files.exists(modules)) {
                Files.createSymbolicLink(modules, root.resolve("node_modules"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        return Path.of(System.getProperty(PROPERTY));
    }

    /** The result of one {@code prisma} command. */
    record Run(int exitCode, String output) {
    }

    Run prisma(String databaseUrl, Path migrations, String... arguments) {
        String command = ". '" + root.resolve("env.sh") + "' && prisma " + String.join(" ", arguments);
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", command)).directory(workspace.toFile())
                .redirectErrorStream(true);
        builder.environment().put("DATABASE_URL", databaseUrl);
        builder.environment().put("MIGRATIONS_PATH", migrations.toString());
        builder.environment().put("NO_COLOR", "1");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("prisma " + String.join(" ", arguments) + " did not finish");
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
