package dev.refract.cli.format;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.IoErrors;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.cli.internal.SchemaReport;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.format.SchemaFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code refract format}: rewrites schema files in Prisma's layout. As {@code prisma format} does, the
 * formatted schema is validated first and nothing is written when it has errors.
 */
@Command(name = "format",
        description = "Format a Prisma schema.",
        footer = {"", "Files are written only when their text changes. A schema with errors (P1012)",
            "is not written.", "", "Exit codes:",
            "  0  formatted (with --check: every file already formatted)",
            "  1  schema errors, a file --check would change, or a file cannot be read or written",
            "  2  usage error"})
public final class FormatCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Option(names = "--check", description = "Write nothing; exit 1 and list the files that would change.")
    boolean check;
    @Spec
    CommandSpec spec;

    private final CliContext context;
    private final UnaryOperator<List<SourceFile>> formatter;

    public FormatCommand(CliContext context) {
        this(context, SchemaFormatter::format);
    }

    /** With another formatter: for tests of the command's own behaviour. */
    public FormatCommand(CliContext context, UnaryOperator<List<SourceFile>> formatter) {
        this.context = context;
        this.formatter = formatter;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SchemaReport report = new SchemaReport(context, err);
        LoadedSchema loaded = schema.load(context);
        report.loadedFrom(loaded);

        List<SourceFile> formatted = formatter.apply(loaded.files());
        if (formatted.size() != loaded.files().size()) {
            throw new IllegalStateException("the formatter returned " + formatted.size() + " files for "
                    + loaded.files().size());
        }
        ValidationResult result = PrismaSchema.validate(formatted);
        report.warnings(result);
        if (!result.isValid()) {
            report.errors(result);
            return ExitCodes.INVALID_INPUT;
        }

        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < formatted.size(); i++) {
            if (!formatted.get(i).text().equals(loaded.files().get(i).text())) {
                changed.add(i);
            }
        }
        if (check) {
            if (changed.isEmpty()) {
                out.println("All files are formatted correctly!");
                return ExitCodes.OK;
            }
            err.println("! There are unformatted files. Run `refract format` to format them:");
            changed.forEach(i -> err.println("  " + loaded.files().get(i).name()));
            return ExitCodes.INVALID_INPUT;
        }
        for (int i : changed) {
            write(loaded, i, formatted.get(i).text());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println("Formatted " + loaded.displayPath() + " in " + duration(millis) + " \uD83D\uDE80");
        return ExitCodes.OK;
    }

    private static void write(LoadedSchema loaded, int index, String text) {
        try {
            Files.writeString(loaded.pathOf(index), text);
        } catch (IOException e) {
            throw new CliException("Could not write `" + loaded.files().get(index).name() + "`: " + IoErrors.reason(e));
        }
    }

    /** As Prisma prints durations: milliseconds below a second, else seconds with two decimals. */
    static String duration(long millis) {
        return millis < 1000 ? millis + "ms" : String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
    }
}
