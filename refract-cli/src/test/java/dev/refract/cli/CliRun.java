package dev.refract.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The outcome of running the real command line in-process: exit code and captured output. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code refract args...} in {@code context}. */
    public static CliRun run(CliContext context, String... args) {
        return run(RefractCli.create(context), args);
    }

    /** Runs an already assembled command line (see {@link RefractCli#configure}). */
    public static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Standard error without a stack trace: what a user should always get. */
    public boolean errHasNoStackTrace() {
        return !err.contains("\tat ") && !err.contains("Exception");
    }
}
