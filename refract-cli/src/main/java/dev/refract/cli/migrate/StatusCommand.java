package dev.refract.cli.migrate;

import dev.refract.cli.CliContext;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.migrate.history.MigrationStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refract migrate status}: compares prisma/migrations with the database's history. */
@Command(name = "status",
        description = "Show which migrations are applied, pending, failed, edited, or only in the database.",
        footer = {"", "Exit codes: 0 up to date; 1 anything pending, failed or only in the database, or a failure;",
            "2 usage error."})
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    private final CliContext context;

    public StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DatabaseTarget target = DatabaseTarget.load(context, schema, spec.commandLine().getErr());
        MigrationStatus status = MigrationsOf.of(target, new dev.refract.migrate.history.MigrationListener() { }).status();
        spec.commandLine().getOut().println(status.render("refract", MigrationsOf.folderLabel(context, target)));
        return status.exitCode();
    }
}
