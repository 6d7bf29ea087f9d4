package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import dev.refract.migrate.engine.SeedCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the project's seed command with Prisma's messages around it. */
public final class Seeding {
    /** Prisma's line after a seed that succeeded. */
    public static final String EXECUTED = "🌱  The seed command has been executed.";

    private Seeding() {
    }

    /** The seed command configured beside the schema in {@code schemaFolder}. */
    public static Optional<SeedCommand> configured(Path schemaFolder) {
        return SeedCommand.configured(schemaFolder);
    }

    /**
     * Runs {@code seed} in the working directory, its output streamed; false (and the reason on
     * {@code err}) when it failed.
     */
    public static boolean run(SeedCommand seed, List<String> extraArgs, CliContext context, PrintWriter out,
            PrintWriter err) {
        String command = seed.commandLine(extraArgs);
        out.println("Running seed command `" + command + "` ...");
        out.flush();
        int exitCode;
        try {
            exitCode = seed.run(extraArgs, context.workingDir(), context.env(), out, err, context.prompt().canPrompt());
        } catch (IOException e) {
            err.println();
            err.println("An error occurred while running the seed command:");
            err.println("Error: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println();
            err.println("An error occurred while running the seed command:");
            err.println("Error: interrupted");
            return false;
        }
        if (exitCode != 0) {
            err.println();
            err.println("An error occurred while running the seed command:");
            err.println("Error: Command failed with exit code " + exitCode + ": " + command);
            return false;
        }
        return true;
    }

    /**
     * What {@code migrate dev} and {@code migrate reset} do after changing the database: run the
     * seed when one is configured (nothing otherwise); false when it failed.
     */
    public static boolean afterReset(Path schemaFolder, CliContext context, PrintWriter out, PrintWriter err) {
        Optional<SeedCommand> seed = configured(schemaFolder);
        if (seed.isEmpty()) {
            return true;
        }
        out.println();
        if (!run(seed.get(), List.of(), context, out, err)) {
            return false;
        }
        out.println();
        out.println(EXECUTED);
        return true;
    }
}
