package dev.refract.schema;

import dev.refract.schema.diagnostics.DiagnosticRenderer;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import java.util.List;

/**
 * The outcome of validating a schema: every diagnostic, and the parse result the validation ran on.
 * A schema is valid when there are no errors; warnings do not make it invalid.
 */
public record ValidationResult(ParseResult parsed, Diagnostics diagnostics) {

    public List<SourceFile> files() {
        return parsed.files();
    }

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }

    /** Renders all diagnostics as Prisma prints them, warnings first; ANSI colour when {@code colour}. */
    public String render(boolean colour) {
        return new DiagnosticRenderer(colour).render(diagnostics, parsed.files());
    }
}
