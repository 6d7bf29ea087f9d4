package dev.refract.cli.migrate;

import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.HelpOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refract migrate}: the migration commands; alone, prints their list. */
@Command(name = "migrate", description = {"Create, apply and inspect migrations (prisma/migrations, Prisma's",
    "layout and table). dev, reset and diff are for development only."})
public final class MigrateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
