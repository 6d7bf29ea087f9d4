package dev.refract.cli.db;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.DatabaseWords;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.ProjectOf;
import dev.refract.cli.internal.Questions;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.cli.internal.SkipGenerateOption;
import dev.refract.migrate.diff.DestructiveChanges.Finding;
import dev.refract.migrate.engine.PushListener;
import dev.refract.migrate.engine.PushResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refract db push}: makes the database match the schema without a migration, as {@code prisma db push}. */
@Command(name = "push",
        description = {"Push the state of the Prisma schema to the database, without a migration",
            "(prototyping). Changes that may lose data need --accept-data-loss (or a yes",
            "on a terminal)."},
        footer = {"", "Exit codes: 0 in sync, 1 failure (P-code printed), data loss not accepted",
            "or changes that cannot be executed, 2 usage error, 130 cancelled."})
public final class PushCommand implements Callable<Integer> {
    static final String ACCEPT_DATA_LOSS = "Use the --accept-data-loss flag to ignore the data loss warnings like"
            + " refract db push --accept-data-loss";

    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Mixin
    SkipGenerateOption generate;
    @Spec
    CommandSpec spec;

    @Option(names = "--accept-data-loss", description = "Ignore data loss warnings.")
    boolean acceptDataLoss;
    @Option(names = "--force-reset", description = "Force a reset of the database before push (all data is lost).")
    boolean forceReset;

    private final CliContext context;

    public PushCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseTarget target = DatabaseTarget.load(context, schema, spec.commandLine().getErr());
        long start = System.nanoTime();
        PushResult result = ProjectOf.engine(target).push(forceReset, new PushListener() {
            @Override
            public void databaseCreated(String message) {
                out.println();
                out.println(message);
            }

            @Override
            public void reset() {
                out.println();
                out.println(DatabaseWords.wasReset(target.url(), target.datasource().schemas()));
            }

            @Override
            public void unexecutable(List<Finding> steps) {
                StringBuilder text = new StringBuilder("\n⚠️ We found changes that cannot be executed:\n");
                for (Finding step : steps) {
                    text.append("\n  • ").append(step.description());
                }
                out.println();
                throw new CliException(text + "\n\nYou may use the --force-reset flag to drop the database before push"
                        + " like refract db push --force-reset\nAll data will be lost.");
            }

            @Override
            public boolean confirmWarnings(List<Finding> warnings) {
                out.println();
                out.println("⚠️  There might be data loss when applying the changes:");
                out.println();
                for (Finding warning : warnings) {
                    out.println("  • " + warning.description());
                    out.println();
                }
                out.println();
                if (acceptDataLoss) {
                    return true;
                }
                if (!context.prompt().canPrompt()) {
                    throw new CliException(ACCEPT_DATA_LOSS);
                }
                out.println();
                if (Questions.confirm(context.prompt(), out, "Do you want to ignore the warning(s)?")) {
                    return true;
                }
                out.println("Push cancelled.");
                return false;
            }
        });
        if (result.cancelled()) {
            return ExitCodes.CANCELLED;
        }
        out.println();
        if (result.alreadyInSync()) {
            out.println("The database is already in sync with the Prisma schema.");
        } else {
            out.println("🚀  Your database is now in sync with your Prisma schema. Done in "
                    + DatabaseWords.duration((System.nanoTime() - start) / 1_000_000));
        }
        generate.generate(context, target, out);
        return ExitCodes.OK;
    }
}
