package dev.refract.cli.db;

import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.HelpOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refract db}: commands that work on the database directly; alone, prints their list. */
@Command(name = "db", description = "Work on the database directly: push, pull, seed, execute a script.")
public final class DbCommand implements Callable<Integer> {
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
