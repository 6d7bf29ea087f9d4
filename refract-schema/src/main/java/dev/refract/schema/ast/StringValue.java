package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** A string literal; {@code value} has its escapes resolved, {@code raw} is the source text with quotes. */
public record StringValue(String value, String raw, Span span) implements Expression {
    @Override
    public String describeKind() {
        return "string";
    }

    @Override
    public String render() {
        return raw;
    }
}
