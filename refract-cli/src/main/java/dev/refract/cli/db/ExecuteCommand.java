package dev.refract.cli.db;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.execute.DbExecute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code refract db execute}: runs a SQL script against the database, as {@code prisma db execute}. */
@Command(name = "execute",
        description = {"Execute a SQL script against the database of --url, or of the schema's datasource.",
            "Nothing is recorded in the migration history."})
public final class ExecuteCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Script script;

    static final class Script {
        @Option(names = "--file", paramLabel = "PATH", description = "The script file.")
        String file;
        @Option(names = "--stdin", description = "Read the script from standard input.")
        boolean stdin;
    }

    @Option(names = "--url", paramLabel = "URL", description = "Database URL (Prisma or jdbc: form). Default: the schema's datasource.")
    String url;

    @Mixin
    SchemaOption schema;

    private final CliContext context;
    private final InputStream stdin;

    public ExecuteCommand(CliContext context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        ConnectionUrl target = url != null ? ConnectionUrl.parse(url, context.workingDir())
                : DatabaseTarget.load(context, schema, spec.commandLine().getErr()).url();
        if (script.stdin) {
            DbExecute.script(target, new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
        } else {
            Path file = context.resolve(script.file);
            if (!Files.isRegularFile(file)) {
                throw new CliException("The script file `" + script.file + "` does not exist.");
            }
            DbExecute.file(target, file);
        }
        spec.commandLine().getOut().println(DbExecute.SUCCESS);
        return ExitCodes.OK;
    }
}
