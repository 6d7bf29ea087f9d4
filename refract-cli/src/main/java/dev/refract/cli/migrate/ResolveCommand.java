package dev.refract.cli.migrate;

import dev.refract.cli.CliContext;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.migrate.history.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refract migrate resolve}: records a failed migration as applied or rolled back, as Prisma. */
@Command(name = "resolve",
        description = {"Mark a migration as applied (you fixed the database by hand) or rolled back (so deploy",
            "runs it again). Needed after a failed migration (P3009)."})
public final class ResolveCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Mark mark;

    static final class Mark {
        @Option(names = "--applied", paramLabel = "NAME", description = "Record NAME as applied.")
        String applied;
        @Option(names = "--rolled-back", paramLabel = "NAME", description = "Record NAME as rolled back.")
        String rolledBack;
    }

    private final CliContext context;

    public ResolveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DatabaseTarget target = DatabaseTarget.load(context, schema, spec.commandLine().getErr());
        Migrations migrations = MigrationsOf.of(target, new dev.refract.migrate.history.MigrationListener() { });
        if (mark.applied != null) {
            migrations.markApplied(mark.applied);
            spec.commandLine().getOut().println("Migration " + mark.applied + " marked as applied.");
        } else {
            migrations.markRolledBack(mark.rolledBack);
            spec.commandLine().getOut().println("Migration " + mark.rolledBack + " marked as rolled back.");
        }
        return ExitCodes.OK;
    }
}
