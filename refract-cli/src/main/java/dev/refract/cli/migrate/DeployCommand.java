package dev.refract.cli.migrate;

import dev.refract.cli.CliContext;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.migrate.history.DeployResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refract migrate deploy}: applies pending migrations, as {@code prisma migrate deploy}; for production. */
@Command(name = "deploy",
        description = {"Apply pending migrations to the database (use this in production and CI).",
            "Takes Prisma's lock so concurrent deploys apply each migration once; a failed migration",
            "blocks later deploys (P3009) until `refract migrate resolve`."},
        footer = {"", "Exit codes: 0 applied (or nothing to apply), 1 failure (P-code printed), 2 usage error."})
public final class DeployCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    private final CliContext context;

    public DeployCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseTarget target = DatabaseTarget.load(context, schema, spec.commandLine().getErr());
        DeployResult result = MigrationsOf.of(target, MigrationsOf.printing(out, MigrationsOf.folderLabel(context, target))).deploy();
        out.println(result.summary());
        return ExitCodes.OK;
    }
}
