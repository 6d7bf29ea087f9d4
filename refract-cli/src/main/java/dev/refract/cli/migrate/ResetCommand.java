package dev.refract.cli.migrate;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.DatabaseWords;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.ProjectOf;
import dev.refract.cli.internal.Questions;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.cli.internal.Seeding;
import dev.refract.cli.internal.SkipGenerateOption;
import dev.refract.cli.internal.SkipSeedOption;
import dev.refract.migrate.engine.MigrateEngine;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refract migrate reset}: drops the development database's data and reapplies every migration. */
@Command(name = "reset",
        description = {"Reset your database and apply all migrations, all data will be lost.",
            "Asks on a terminal; without one, --force is required. Then runs the seed."},
        footer = {"", "Exit codes: 0 reset, 1 failure (P-code printed) or no terminal to confirm",
            "without --force, 2 usage error, 130 cancelled."})
public final class ResetCommand implements Callable<Integer> {
    static final String NON_INTERACTIVE = "Prisma Migrate has detected that the environment is non-interactive. It is"
            + " recommended to run this command in an interactive environment.\n\nUse --force to run this command"
            + " without user interaction.\nSee https://pris.ly/d/migrate-reset";

    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Mixin
    SkipGenerateOption generate;
    @Mixin
    SkipSeedOption seed;
    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--force"}, description = "Skip the confirmation prompt.")
    boolean force;

    private final CliContext context;

    public ResetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatabaseTarget target = DatabaseTarget.load(context, schema, err);
        MigrateEngine engine = ProjectOf.engine(target);
        Optional<String> created = engine.ensureDatabaseExists();
        if (created.isPresent()) {
            out.println();
            out.println(created.get());
        }
        out.println();
        if (!force) {
            if (!context.prompt().canPrompt()) {
                throw new CliException(NON_INTERACTIVE);
            }
            boolean confirmed = Questions.confirm(context.prompt(), out,
                    "Are you sure you want to reset your database? All data will be lost.");
            out.println();
            if (!confirmed) {
                out.println("Reset cancelled.");
                return ExitCodes.CANCELLED;
            }
        }
        List<String> applied = engine.reset();
        if (applied.isEmpty()) {
            out.println("Database reset successful");
        } else {
            out.println();
            out.println("Database reset successful");
            out.println();
            out.println("The following migration(s) have been applied:");
            out.println();
            out.println(DatabaseWords.tree("migrations", applied));
        }
        generate.generate(context, target, out);
        if (seed.seed(context) && !Seeding.afterReset(DatabaseTarget.schemaFolder(target.loaded()), context, out, err)) {
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }
}
