package dev.refract.cli.migrate;

import dev.refract.cli.CliContext;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.DatabaseWords;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.ProjectOf;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.cli.internal.Seeding;
import dev.refract.cli.internal.SkipGenerateOption;
import dev.refract.cli.internal.SkipSeedOption;
import dev.refract.migrate.engine.DevResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code refract migrate dev}: creates a migration from the schema changes and applies it, as
 * {@code prisma migrate dev}; for development databases only.
 */
@Command(name = "dev",
        description = {"Create a migration from changes in the Prisma schema and apply it to the",
            "development database. The history is replayed in a shadow database first;",
            "drift, edited or failed migrations need a reset (asked on a terminal).",
            "Never use it in production: use `refract migrate deploy` there."},
        footer = {"", "Exit codes: 0 done (or already in sync), 1 failure (P-code printed) or",
            "consent needed without a terminal, 2 usage error, 130 cancelled or a",
            "reset needed without a terminal to confirm it."})
public final class DevCommand implements Callable<Integer> {
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

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "Name the migration.")
    String name;
    @Option(names = "--create-only", description = {"Create a new migration but do not apply it.",
        "The migration will be empty if there are no changes in the Prisma schema."})
    boolean createOnly;
    @Option(names = "--accept-data-loss", description = "Create and apply a migration that may lose data without"
            + " asking (Refract's addition, for scripts and builds; Prisma asks on a terminal and refuses elsewhere).")
    boolean acceptDataLoss;

    private final CliContext context;

    public DevCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatabaseTarget target = DatabaseTarget.load(context, schema, err);
        DevConversation conversation = new DevConversation(context, target, out, err, name, acceptDataLoss);
        DevResult result = ProjectOf.withShadowDatabase(target).dev(createOnly, conversation);
        if (result.cancelled()) {
            return ExitCodes.CANCELLED;
        }
        if (createOnly) {
            out.println("Prisma Migrate created the following migration without applying it "
                    + result.createdMigration().orElseThrow());
            out.println();
            out.println("You can now edit it and apply it by running refract migrate dev.");
            return ExitCodes.OK;
        }
        if (!result.appliedPending().isEmpty()) {
            out.println();
        }
        if (result.appliedCreated().isEmpty()) {
            out.println(result.appliedPending().isEmpty()
                    ? "Already in sync, no schema change or pending migration was found."
                    : "Your database is now in sync with your schema.");
        } else {
            out.println();
            out.println("The following migration(s) have been created and applied from new schema changes:");
            out.println();
            out.println(DatabaseWords.tree(DatabaseWords.migrationsFolder(context, target), result.appliedCreated()));
            out.println();
            out.println("Your database is now in sync with your schema.");
        }
        generate.generate(context, target, out);
        if (result.seedDue() && seed.seed(context)
                && !Seeding.afterReset(DatabaseTarget.schemaFolder(target.loaded()), context, out, err)) {
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }
}
