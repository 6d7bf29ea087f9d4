package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** A bare name or dotted path used as a value: {@code true}, {@code Cascade}, {@code Desc}, {@code a.b}. */
public record ConstantValue(String value, Span span) implements Expression {
    @Override
    public String describeKind() {
        return "constant";
    }

    @Override
    public String render() {
        return value;
    }
}
