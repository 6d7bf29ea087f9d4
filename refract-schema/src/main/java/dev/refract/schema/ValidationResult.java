package dev.refract.schema;

import dev.refract.schema.diagnostics.DiagnosticRenderer;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a schema: every diagnostic, and the parse result the validation ran on.
 * A schema is valid when there are no errors; warnings do not make it invalid. {@code schema} is null when invalid.
 */
public record ValidationResult(ParseResult parsed, Diagnostics diagnostics, Schema schema) {

    public List<SourceFile> files() {
        return parsed.files();
    }

    /** The resolved schema; present only when there are no errors. */
    public Optional<Schema> resolved() {
        return Optional.ofNullable(schema);
    }

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }

    /** Renders all diagnostics as Prisma prints them, warnings first; ANSI colour when {@code colour}. */
    public String render(boolean colour) {
        return new DiagnosticRenderer(colour).render(diagnostics, parsed.files());
    }
}
