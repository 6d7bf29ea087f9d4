package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.schema.SchemaLoadException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into what the user sees and the exit code: usage errors print the problem and the
 * command's help (exit 2); expected failures print one line (exit 1); anything else prints one line
 * too, with the stack trace only when REFRACT_DEBUG is set.
 */
public final class ErrorHandlers {
    private final CliContext context;

    public ErrorHandlers(CliContext context) {
        this.context = context;
    }

    /** A wrong command line: unknown command or option, missing or unconvertible value. */
    public int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("! " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        cli.usage(err, cli.getColorScheme());
        return ExitCodes.USAGE;
    }

    /** An exception thrown while a command ran. */
    public int failure(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof SchemaLoadException load) {
            String hint = load.reason() == SchemaLoadException.Reason.NOT_FOUND_BY_DEFAULT_LOOKUP
                    ? "; use --schema to give a schema file or folder"
                    : "";
            err.println("Error: " + load.getMessage() + hint);
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof DatabaseTarget.SchemaInvalid) {
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof DatabaseException db) {
            err.println(db.hasCode() ? "Error: " + db.code() + "\n" + db.getMessage() : "Error: " + db.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof CliException) {
            err.println("Error: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        err.println("Error: internal error in refract: " + e
                + (context.env().containsKey("REFRACT_DEBUG") ? "" : " (set REFRACT_DEBUG=1 to see the stack trace)"));
        if (context.env().containsKey("REFRACT_DEBUG")) {
            e.printStackTrace(err);
        }
        return ExitCodes.INVALID_INPUT;
    }
}
