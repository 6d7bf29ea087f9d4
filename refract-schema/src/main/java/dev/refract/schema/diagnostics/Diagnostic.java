package dev.refract.schema.diagnostics;

import java.util.Objects;

/**
 * One problem found in a schema: a severity, a message in Prisma's words, and the span it is about.
 * The Prisma error code (P1012 for every schema error) is added at the user-facing edge, not here.
 */
public record Diagnostic(Severity severity, String message, Span span) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public static Diagnostic error(String message, Span span) {
        return new Diagnostic(Severity.ERROR, message, span);
    }

    public static Diagnostic warning(String message, Span span) {
        return new Diagnostic(Severity.WARNING, message, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
