package dev.refract.cli.internal;

import dev.refract.cli.CliContext;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.DiagnosticRenderer;
import dev.refract.schema.diagnostics.Diagnostics;
import java.io.PrintWriter;
import java.util.List;

/**
 * What the schema commands print on standard error, worded as the Prisma CLI words it: where the
 * schema was loaded from, warnings, and schema errors framed with error code P1012.
 */
public final class SchemaReport {
    /** Prisma's error code for every schema validation error. */
    public static final String SCHEMA_ERROR_CODE = "P1012";

    private final CliContext context;
    private final PrintWriter err;

    public SchemaReport(CliContext context, PrintWriter err) {
        this.context = context;
        this.err = err;
    }

    public void loadedFrom(LoadedSchema schema) {
        err.println("Prisma schema loaded from " + schema.displayPath() + ".");
    }

    /** Prints the warnings, if any, each with its source snippet. */
    public void warnings(ValidationResult result) {
        List<Diagnostic> warnings = result.diagnostics().warnings();
        if (!warnings.isEmpty()) {
            err.println();
            err.print(render(warnings, result));
            err.flush();
        }
    }

    /** Prints the errors inside Prisma's P1012 frame. */
    public void errors(ValidationResult result) {
        List<Diagnostic> errors = result.diagnostics().errors();
        err.println();
        err.println("Error: Prisma schema validation");
        err.println("Error code: " + SCHEMA_ERROR_CODE);
        err.print(render(errors, result));
        err.println();
        err.println("Validation Error Count: " + errors.size());
        err.println("[Context: validate]");
        err.println();
        err.println("Refract CLI Version : " + VersionProvider.version());
    }

    private String render(List<Diagnostic> subset, ValidationResult result) {
        Diagnostics only = new Diagnostics();
        subset.forEach(only::add);
        return new DiagnosticRenderer(context.colour()).render(only, result.files());
    }
}
