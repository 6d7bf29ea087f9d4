package dev.refract.cli.validate;

import dev.refract.cli.CliContext;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.cli.internal.SchemaReport;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refract validate}: checks a schema with Prisma's rules, as {@code prisma validate} does. */
@Command(name = "validate",
        description = "Validate a Prisma schema.",
        footer = {"", "Exit codes:",
            "  0  the schema is valid (warnings allowed)",
            "  1  schema errors (P1012), or the schema cannot be found or read",
            "  2  usage error"})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    private final CliContext context;

    public ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SchemaReport report = new SchemaReport(context, spec.commandLine().getErr());
        LoadedSchema loaded = schema.load(context);
        report.loadedFrom(loaded);
        ValidationResult result = PrismaSchema.validate(loaded.files());
        report.warnings(result);
        if (!result.isValid()) {
            report.errors(result);
            return ExitCodes.INVALID_INPUT;
        }
        spec.commandLine().getOut().println(loaded.folder()
                ? "The schemas at " + loaded.displayPath() + " are valid \uD83D\uDE80"
                : "The schema at " + loaded.displayPath() + " is valid \uD83D\uDE80");
        return ExitCodes.OK;
    }
}
