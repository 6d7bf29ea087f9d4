package dev.refract.cli.migrate;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.DatabaseWords;
import dev.refract.cli.internal.Questions;
import dev.refract.migrate.diff.DestructiveChanges.Finding;
import dev.refract.migrate.engine.DevListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate dev} prints and asks while the engine works, in Prisma's words: a terminal is
 * asked; without one, a reset or data loss stops the command with Prisma's message
 * ({@code --accept-data-loss} accepts data loss up front) and the migration gets the default name.
 */
final class DevConversation implements DevListener {
    static final String NON_INTERACTIVE = "Prisma Migrate has detected that the environment is non-interactive, which"
            + " is not supported.\n\n`refract migrate dev` is an interactive command designed to create new migrations"
            + " and evolve the database in development.\nTo apply existing migrations in deployments, use refract"
            + " migrate deploy.\nSee https://pris.ly/d/migrate-deploy\n\nTo create and apply a migration that may lose"
            + " data anyway, pass --accept-data-loss.";

    private final CliContext context;
    private final DatabaseTarget target;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String name;
    private final boolean acceptDataLoss;

    DevConversation(CliContext context, DatabaseTarget target, PrintWriter out, PrintWriter err, String name,
            boolean acceptDataLoss) {
        this.context = context;
        this.target = target;
        this.out = out;
        this.err = err;
        this.name = name;
        this.acceptDataLoss = acceptDataLoss;
    }

    @Override
    public void databaseCreated(String message) {
        out.println(message);
        out.println();
    }

    @Override
    public boolean confirmReset(String reason) {
        out.println(reason);
        out.println(DatabaseWords.needToReset(target.url(), target.datasource().schemas()));
        if (!context.prompt().canPrompt()) {
            out.println();
            out.println("You may use refract migrate reset to drop the development database.");
            out.println("All data will be lost.");
            return false;
        }
        out.println();
        if (Questions.confirm(context.prompt(), out, "Do you want to continue? All data will be lost.")) {
            out.println();
            return true;
        }
        out.println("Reset cancelled.");
        return false;
    }

    @Override
    public void migrationsApplied(List<String> names) {
        out.println();
        out.println("The following migration(s) have been applied:");
        out.println();
        out.println(DatabaseWords.tree("migrations", names));
    }

    @Override
    public void unexecutable(List<Finding> steps, boolean createOnly) {
        StringBuilder text = new StringBuilder("\n⚠️ We found changes that cannot be executed:\n");
        for (Finding step : steps) {
            text.append("\n  • Step ").append(step.stepIndex()).append(' ').append(step.description());
        }
        out.println();
        if (createOnly) {
            err.println(text);
            err.println();
            return;
        }
        throw new CliException(text + "\n\nYou can use refract migrate dev --create-only to create the migration"
                + " file, and manually modify it to address the underlying issue(s).\nThen run refract migrate dev to"
                + " apply it and verify it works.\n");
    }

    @Override
    public boolean confirmWarnings(List<Finding> warnings, boolean createOnly) {
        out.println();
        out.println("⚠️  Warnings for the current datasource:");
        out.println();
        for (Finding warning : warnings) {
            out.println("  • " + warning.description());
        }
        out.println();
        if (acceptDataLoss) {
            return true;
        }
        if (!context.prompt().canPrompt()) {
            throw new CliException(NON_INTERACTIVE);
        }
        String question = createOnly ? "Are you sure you want to create this migration?"
                : "Are you sure you want to create and apply this migration?";
        if (Questions.confirm(context.prompt(), out, question)) {
            return true;
        }
        out.println("Migration cancelled.");
        return false;
    }

    @Override
    public Optional<String> migrationName() {
        if (name != null) {
            return Optional.of(name);
        }
        if (!context.prompt().canPrompt()) {
            return Optional.of("");
        }
        Optional<String> typed = Questions.text(context.prompt(), out, "Enter a name for the new migration:");
        if (typed.isEmpty()) {
            out.println("Canceled by user.");
        }
        return typed;
    }
}
