package dev.refract.cli.db;

import dev.refract.cli.CliContext;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.cli.internal.Seeding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code refract db seed}: runs the project's seed command, as {@code prisma db seed}. */
@Command(name = "seed",
        description = {"Seed your database: run the `seed` command of refract.properties beside",
            "the schema (prisma/refract.properties) in the current directory.",
            "Arguments after -- are passed on: refract db seed -- --arg1 value1"},
        footer = {"", "Exit codes: 0 seeded (or no seed configured), 1 the seed command failed,",
            "2 usage error."})
public final class SeedCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARGS", description = "Extra arguments for the seed command (after --).")
    List<String> extraArgs = new ArrayList<>();

    private final CliContext context;

    public SeedCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = DatabaseTarget.schemaFolder(schema.load(context));
        Optional<dev.refract.migrate.engine.SeedCommand> seed = Seeding.configured(folder);
        if (seed.isEmpty()) {
            out.println("⚠️ No seed command configured");
            out.println();
            out.println("To seed your database, add a seed entry to " + context.workingDir()
                    .relativize(folder.resolve(dev.refract.migrate.engine.SeedCommand.FILE_NAME)) + ":");
            out.println();
            out.println("  seed=mvn -q compile exec:java -Dexec.mainClass=com.example.Seed");
            return ExitCodes.OK;
        }
        if (!Seeding.run(seed.get(), extraArgs, context, out, spec.commandLine().getErr())) {
            return ExitCodes.INVALID_INPUT;
        }
        out.println();
        out.println(Seeding.EXECUTED);
        return ExitCodes.OK;
    }
}
