package dev.refract.cli;

import dev.refract.cli.db.DbCommand;
import dev.refract.cli.db.ExecuteCommand;
import dev.refract.cli.db.PullCommand;
import dev.refract.cli.db.PushCommand;
import dev.refract.cli.db.SeedCommand;
import dev.refract.cli.format.FormatCommand;
import dev.refract.cli.migrate.DeployCommand;
import dev.refract.cli.migrate.DevCommand;
import dev.refract.cli.migrate.DiffCommand;
import dev.refract.cli.migrate.MigrateCommand;
import dev.refract.cli.migrate.ResetCommand;
import dev.refract.cli.migrate.ResolveCommand;
import dev.refract.cli.migrate.StatusCommand;
import dev.refract.cli.generate.GenerateCommand;
import dev.refract.cli.init.InitCommand;
import dev.refract.cli.studio.StudioCommand;
import dev.refract.cli.internal.ErrorHandlers;
import dev.refract.cli.validate.ValidateCommand;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Assembles the {@code refract} command line: commands, error handling, exit codes, output. */
public final class RefractCli {
    private RefractCli() {
    }

    /**
     * The command line for {@code context}, writing UTF-8 to the process's standard streams; tests
     * replace them with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
     */
    public static CommandLine create(CliContext context) {
        return configure(new CommandLine(new RefractCommand())
                .addSubcommand(new ValidateCommand(context))
                .addSubcommand(new FormatCommand(context))
                .addSubcommand(new InitCommand(context))
                .addSubcommand(new GenerateCommand(context))
                .addSubcommand(new StudioCommand(context))
                .addSubcommand(new CommandLine(new MigrateCommand())
                        .addSubcommand(new DevCommand(context))
                        .addSubcommand(new DeployCommand(context))
                        .addSubcommand(new StatusCommand(context))
                        .addSubcommand(new ResolveCommand(context))
                        .addSubcommand(new ResetCommand(context))
                        .addSubcommand(new DiffCommand(context)))
                .addSubcommand(new CommandLine(new DbCommand())
                        .addSubcommand(new PushCommand(context))
                        .addSubcommand(new PullCommand(context))
                        .addSubcommand(new SeedCommand(context))
                        .addSubcommand(new ExecuteCommand(context, System.in))), context);
    }

    /**
     * Applies error handling, exit codes, colour and output streams to {@code cli} and the
     * subcommands it has now (picocli propagates these settings only to commands already added).
     */
    public static CommandLine configure(CommandLine cli, CliContext context) {
        ErrorHandlers handlers = new ErrorHandlers(context);
        cli.setParameterExceptionHandler(handlers::usageError);
        cli.setExecutionExceptionHandler(handlers::failure);
        cli.setColorScheme(Help.defaultColorScheme(context.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        cli.setOut(utf8(System.out));
        cli.setErr(utf8(System.err));
        return cli;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
