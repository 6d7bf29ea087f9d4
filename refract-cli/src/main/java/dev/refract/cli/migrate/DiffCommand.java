package dev.refract.cli.migrate;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.IoErrors;
import dev.refract.cli.internal.ProjectOf;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.engine.DiffOptions;
import dev.refract.migrate.engine.DiffResult;
import dev.refract.migrate.engine.DiffSource;
import dev.refract.migrate.engine.MigrateEngine;
import dev.refract.migrate.engine.Project;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.SchemaFiles;
import dev.refract.schema.SchemaLoadException;
import dev.refract.schema.model.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code refract migrate diff}: compares two schemas of any kind, as {@code prisma migrate diff}; read-only. */
@Command(name = "diff",
        description = {"Compare the database schemas of two sources and print the differences:",
            "a summary, or a SQL script with --script. Read-only: no database is written.",
            "Give one --from-... and one --to-..., of the same provider. A migrations",
            "folder is replayed in a shadow database: --shadow-database-url, else the",
            "project schema's shadowDatabaseUrl, else a temporary database on the",
            "project database's server (SQLite needs none)."},
        footer = {"", "Exit codes: 0 success (with --exit-code: no difference), 1 failure,",
            "2 usage error, or with --exit-code: the sources differ."})
public final class DiffCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = false, heading = "%nSource (one of):%n")
    DiffSides.From from = new DiffSides.From();
    @ArgGroup(exclusive = false, heading = "%nDestination (one of):%n")
    DiffSides.To to = new DiffSides.To();

    @Option(names = "--script", description = "Print a SQL script instead of the human-readable summary.")
    boolean script;
    @Option(names = "--exit-code", description = "Exit with 0 when the sources agree and 2 when they differ.")
    boolean exitCode;
    @Option(names = "--shadow-database-url", paramLabel = "URL",
            description = "The shadow database to replay a migrations folder in (emptied first).")
    String shadowDatabaseUrl;
    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write to a file instead of stdout.")
    String output;

    private final CliContext context;

    public DiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<DiffSides.Given> fromGiven = from == null ? List.of() : from.given();
        List<DiffSides.Given> toGiven = to == null ? List.of() : to.given();
        if (fromGiven.size() != 1 || toGiven.size() != 1) {
            StringBuilder message = new StringBuilder();
            if (fromGiven.size() != 1) {
                message.append(fromGiven.size()).append(" `--from-...` parameter(s) provided. 1 must be provided.");
            }
            if (toGiven.size() != 1) {
                message.append(message.length() > 0 ? "\n" : "")
                        .append(toGiven.size()).append(" `--to-...` parameter(s) provided. 1 must be provided.");
            }
            throw new ParameterException(spec.commandLine(), message.toString());
        }
        DiffSource source = source(fromGiven.get(0));
        DiffSource destination = source(toGiven.get(0));
        DiffResult result = MigrateEngine.diff(source, destination, options(source, destination));
        String text = script ? result.script() : result.summary();
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (output != null) {
            Path file = context.resolve(output);
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("Could not write " + output + ": " + IoErrors.reason(e));
            }
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return exitCode && !result.isEmpty() ? ExitCodes.DIFFERENCE : ExitCodes.OK;
    }

    private DiffSource source(DiffSides.Given given) {
        PrintWriter err = spec.commandLine().getErr();
        return switch (given.kind()) {
            case EMPTY -> new DiffSource.Empty();
            case SCHEMA -> {
                LoadedSchema loaded = load(given.value());
                Schema validated = DatabaseTarget.validate(context, loaded, err);
                if (validated.datasource().isEmpty()) {
                    throw new CliException("The schema at " + loaded.displayPath() + " has no datasource block, so its"
                            + " database is unknown.");
                }
                yield new DiffSource.Datamodel(validated);
            }
            case SCHEMA_DATASOURCE -> {
                LoadedSchema loaded = load(given.value());
                yield new DiffSource.Database(DatabaseTarget.resolve(context, loaded,
                        DatabaseTarget.validate(context, loaded, err), quiet()).url());
            }
            case URL -> new DiffSource.Database(ConnectionUrl.parse(given.value(), context.workingDir()));
            case MIGRATIONS -> {
                Path folder = context.resolve(given.value());
                if (!Files.isDirectory(folder)) {
                    throw new CliException("The migrations folder `" + given.value() + "` does not exist.");
                }
                yield new DiffSource.MigrationsFolder(folder);
            }
            case CONFIG_DATASOURCE -> new DiffSource.Database(DatabaseTarget.load(context, schema, err).url());
        };
    }

    private LoadedSchema load(String path) {
        return SchemaFiles.load(context.workingDir(), path);
    }

    /**
     * Where a migrations folder is replayed: {@code --shadow-database-url}, else the project schema's
     * shadow database, else a temporary one on the project database's server (found quietly: no
     * project is fine when the folder is SQLite's).
     */
    private DiffOptions options(DiffSource source, DiffSource destination) {
        if (shadowDatabaseUrl != null) {
            return new DiffOptions(Optional.of(ConnectionUrl.parse(shadowDatabaseUrl, context.workingDir())),
                    Optional.empty());
        }
        if (!(source instanceof DiffSource.MigrationsFolder) && !(destination instanceof DiffSource.MigrationsFolder)) {
            return DiffOptions.NONE;
        }
        return quietProject().map(project -> new DiffOptions(project.shadowDatabaseUrl(), Optional.of(project.url())))
                .orElse(DiffOptions.NONE);
    }

    private Optional<Project> quietProject() {
        try {
            LoadedSchema loaded = schema.load(context);
            DatabaseTarget target = DatabaseTarget.resolve(context, loaded,
                    DatabaseTarget.validate(context, loaded, quiet()), quiet());
            return Optional.of(ProjectOf.of(target));
        } catch (SchemaLoadException | DatabaseTarget.SchemaInvalid | DatabaseException | CliException e) {
            return Optional.empty();
        }
    }

    private static PrintWriter quiet() {
        return new PrintWriter(Writer.nullWriter());
    }
}
