package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * {@code key = value} inside a datasource or generator block; {@code value} is null when none was
 * written ({@code key =}), which the parser reports.
 */
public record ConfigProperty(Identifier name, Expression value, String trailingComment, Span span)
        implements BlockItem {
}
