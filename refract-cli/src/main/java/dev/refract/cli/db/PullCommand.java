package dev.refract.cli.db;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.DatabaseWords;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.IoErrors;
import dev.refract.cli.internal.ProjectOf;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.migrate.introspect.IntrospectionResult;
import dev.refract.migrate.introspect.PreviousSchema;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refract db pull}: writes the database's schema into the Prisma schema, as {@code prisma db pull}. */
@Command(name = "pull",
        description = {"Pull the schema from the database into the Prisma schema (introspection).",
            "Models already in the schema keep their names, @map/@@map, comments and",
            "order; --force starts over, keeping only the datasource and generators."},
        footer = {"", "Exit codes: 0 written (or printed), 1 failure (P-code printed; P4001: the",
            "database is empty), 2 usage error."})
public final class PullCommand implements Callable<Integer> {
    private static final Pattern MODEL = Pattern.compile("(?m)^model\\s");

    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    @Option(names = "--print", description = "Print the introspected schema on stdout instead of writing it.")
    boolean print;
    @Option(names = "--force", description = "Ignore the current models and enums; keep only the datasource and"
            + " generator blocks.")
    boolean force;

    private final CliContext context;

    public PullCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseTarget target = DatabaseTarget.load(context, schema, spec.commandLine().getErr());
        LoadedSchema loaded = target.loaded();
        PreviousSchema previous = PreviousSchema.parse(loaded.files());
        if (force) {
            previous = previous.forConfigurationOnly();
        }
        if (!print) {
            out.println("- Introspecting based on datasource defined in " + loaded.displayPath());
        }
        long start = System.nanoTime();
        IntrospectionResult result = ProjectOf.engine(target).pull(Optional.of(previous));
        if (result.empty()) {
            if (!print) {
                out.println("✖ Introspecting based on datasource defined in " + loaded.displayPath());
            }
            throw new CliException(emptyDatabase());
        }
        if (print) {
            out.print(result.printed());
            out.flush();
            return ExitCodes.OK;
        }
        write(loaded, result);
        int models = 0;
        for (SourceFile file : result.files()) {
            Matcher matcher = MODEL.matcher(file.text());
            while (matcher.find()) {
                models++;
            }
        }
        String counted = models + (models == 1 ? " model and wrote it" : " models and wrote them");
        out.println("✔ Introspected " + counted + " into " + loaded.displayPath() + " in "
                + DatabaseWords.duration((System.nanoTime() - start) / 1_000_000));
        if (result.hasWarnings()) {
            out.println();
            out.print(result.warningsText());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Each file of the result goes where it was read from; a new file (multi-file schemas) beside them. */
    private void write(LoadedSchema loaded, IntrospectionResult result) {
        for (SourceFile file : result.files()) {
            Path path = null;
            for (int i = 0; i < loaded.files().size(); i++) {
                if (loaded.files().get(i).name().equals(file.name())) {
                    path = loaded.pathOf(i);
                }
            }
            if (path == null) {
                path = context.resolve(file.name());
            }
            try {
                Files.writeString(path, file.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("Could not write " + file.name() + ": " + IoErrors.reason(e));
            }
        }
    }

    private static String emptyDatabase() {
        return "\nP4001 The introspected database was empty:\n\n"
                + "refract db pull could not create any models in your schema.prisma file and you will not be able to"
                + " generate a client for it.\n\n"
                + "To fix this, you have two options:\n\n"
                + "- manually create a table in your database.\n"
                + "- make sure the database connection URL inside the datasource block in schema.prisma points to a"
                + " database that is not empty (it must contain at least one table).\n\n"
                + "Then you can run refract db pull again.\n";
    }
}
