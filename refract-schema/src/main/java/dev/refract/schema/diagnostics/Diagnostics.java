package dev.refract.schema.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The diagnostics collected while reading a schema. Passes keep going after an error and add
 * every problem they find; they stop early only to avoid a cascade of follow-up errors.
 */
public final class Diagnostics {
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        (diagnostic.isError() ? errors : warnings).add(diagnostic);
    }

    public void error(String message, Span span) {
        add(Diagnostic.error(message, span));
    }

    public void warning(String message, Span span) {
        add(Diagnostic.warning(message, span));
    }

    public void addAll(Diagnostics other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean isEmpty() {
        return errors.isEmpty() && warnings.isEmpty();
    }

    public List<Diagnostic> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Diagnostic> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Warnings first, then errors: the order Prisma prints them in. */
    public List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>(warnings);
        all.addAll(errors);
        return all;
    }
}
