package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** A function call used as a value: {@code env("URL")}, {@code now()}, {@code sort(Desc)}. */
public record FunctionCall(String name, ArgumentsList arguments, Span span) implements Expression {
    @Override
    public String describeKind() {
        return "functional";
    }

    @Override
    public String render() {
        return name + arguments.render();
    }
}
