package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** A numeric literal, kept as written ({@code -1}, {@code 2.5}). */
public record NumericValue(String value, Span span) implements Expression {
    @Override
    public String describeKind() {
        return "numeric";
    }

    @Override
    public String render() {
        return value;
    }
}
