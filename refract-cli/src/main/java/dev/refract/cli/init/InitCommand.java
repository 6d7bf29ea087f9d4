package dev.refract.cli.init;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code refract init}: starts a project as {@code prisma init} does: prisma/schema.prisma, a
 * DATABASE_URL in .env, and .env in .gitignore. It never overwrites a schema.
 */
@Command(name = "init",
        description = "Set up a new project: prisma/schema.prisma, .env and .gitignore.",
        footer = {"", "Never overwrites a schema: refuses when schema.prisma or prisma/schema.prisma exists.",
            "", "Exit codes:",
            "  0  created",
            "  1  a schema already exists, or a file cannot be read or written",
            "  2  usage error"})
public final class InitCommand implements Callable<Integer> {
    private static final Pattern DATABASE_URL_LINE = Pattern.compile("(?m)^\\s*(export\\s+)?DATABASE_URL\\s*=");
    private static final Pattern ENV_IGNORED = Pattern.compile("(?m)^\\s*/?\\.env\\s*$");

    @Mixin
    HelpOption help;
    @Option(names = "--datasource-provider", paramLabel = "PROVIDER", converter = DatasourceProvider.Converter.class,
            description = {"postgresql, mysql or sqlite.", "Default: the database of --url, else postgresql."})
    DatasourceProvider provider;
    @Option(names = "--url", paramLabel = "URL",
            description = {"The database URL to put in .env.", "Default: an example URL for the provider."})
    String url;
    @Spec
    CommandSpec spec;

    private final CliContext context;

    public InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DatasourceProvider chosen = chooseProvider();
        String databaseUrl = url != null ? url : chosen.exampleUrl();
        for (String existing : List.of("schema.prisma", "prisma/schema.prisma")) {
            if (Files.exists(context.resolve(existing))) {
                throw new CliException(existing + " already exists: refract init never overwrites a schema "
                        + "(run it in a project that has none)");
            }
        }

        List<String> notes = new ArrayList<>();
        Path schemaFile = context.resolve("prisma/schema.prisma");
        write(schemaFile, InitTemplates.schema(chosen), false);
        addDatabaseUrl(databaseUrl, notes);
        ignoreEnvFile(notes);

        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("\u2714 Your Prisma schema was created at prisma/schema.prisma");
        out.println("  You can now open it in your favorite editor.");
        out.println();
        notes.forEach(out::println);
        out.println();
        out.println("Next steps:");
        List<String> steps = new ArrayList<>();
        if (url == null && chosen != DatasourceProvider.SQLITE) {
            steps.add("Set the DATABASE_URL in the .env file to point to your existing database.");
        }
        steps.add("Add your models to prisma/schema.prisma (https://pris.ly/d/prisma-schema).");
        steps.add("Run `refract validate` to check the schema and `refract format` to lay it out.");
        steps.add("Run `refract migrate dev` to create the database and a migration, and generate the Java client.");
        for (int i = 0; i < steps.size(); i++) {
            out.println((i + 1) + ". " + steps.get(i));
        }
        return ExitCodes.OK;
    }

    /** --datasource-provider wins; else the --url's scheme decides; else PostgreSQL, as Prisma's init. */
    private DatasourceProvider chooseProvider() {
        if (url == null) {
            return provider != null ? provider : DatasourceProvider.POSTGRESQL;
        }
        DatasourceProvider ofUrl = DatasourceProvider.ofUrl(url).orElse(null);
        if (provider == null && ofUrl == null) {
            throw new ParameterException(spec.commandLine(), "Cannot tell the database of --url \"" + url
                    + "\": expected a postgresql://, postgres://, mysql:// or file: URL, or give --datasource-provider");
        }
        if (provider != null && ofUrl != null && provider != ofUrl) {
            throw new ParameterException(spec.commandLine(), "--url \"" + url + "\" is a " + ofUrl.schemaName()
                    + " URL, but --datasource-provider is " + provider.schemaName());
        }
        return provider != null ? provider : ofUrl;
    }

    private void addDatabaseUrl(String databaseUrl, List<String> notes) {
        Path env = context.resolve(".env");
        if (!Files.exists(env)) {
            write(env, InitTemplates.env(databaseUrl), false);
            notes.add("Created .env with DATABASE_URL.");
            return;
        }
        String text = read(env);
        if (DATABASE_URL_LINE.matcher(text).find()) {
            notes.add("warn Refract would have added DATABASE_URL but it already exists in .env");
            return;
        }
        write(env, separator(text) + InitTemplates.envAddition(databaseUrl), true);
        notes.add("Added DATABASE_URL to .env.");
    }

    private void ignoreEnvFile(List<String> notes) {
        Path gitignore = context.resolve(".gitignore");
        if (!Files.exists(gitignore)) {
            write(gitignore, InitTemplates.gitignoreAddition(), false);
            notes.add("Created .gitignore with .env in it.");
            return;
        }
        String text = read(gitignore);
        if (ENV_IGNORED.matcher(text).find()) {
            return;
        }
        write(gitignore, separator(text) + InitTemplates.gitignoreAddition(), true);
        notes.add("Added .env to .gitignore.");
    }

    /** What goes before appended lines: a newline if the file does not end with one, then a blank line. */
    private static String separator(String existing) {
        if (existing.isEmpty()) {
            return "";
        }
        return existing.endsWith("\n") ? "\n" : "\n\n";
    }

    private String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new CliException("Could not read `" + context.workingDir().relativize(file) + "`: " + IoErrors.reason(e));
        }
    }

    private void write(Path file, String text, boolean append) {
        try {
            Files.createDirectories(file.getParent());
            if (append) {
                Files.writeString(file, text, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, text, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new CliException("Could not write `" + context.workingDir().relativize(file) + "`: " + IoErrors.reason(e));
        }
    }
}
