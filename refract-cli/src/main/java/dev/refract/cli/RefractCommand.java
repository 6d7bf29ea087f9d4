package dev.refract.cli;

import dev.refract.cli.internal.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refract}: the top command. Alone, it prints its help, as {@code prisma} does. */
@Command(name = "refract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "The Prisma workflow for Java: validate, format and start Prisma schemas; migrate databases.",
        footer = {"", "Run 'refract COMMAND --help' for a command's options.", "",
            "Exit codes: 0 success, 1 invalid input or failure (schema errors, file and",
            "database problems), 2 usage error (migrate diff --exit-code: a difference),",
            "130 cancelled at a prompt."})
public final class RefractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
