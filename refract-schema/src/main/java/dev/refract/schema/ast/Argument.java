package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * One argument of an attribute or function: positional when {@code name} is null. An "empty"
 * argument ({@code name:} with no value, kept for editors) has a null {@code value}.
 */
public record Argument(Identifier name, Expression value, Span span) {
    public boolean isPositional() {
        return name == null;
    }

    public boolean isEmpty() {
        return value == null;
    }

    public String render() {
        if (name == null) {
            return value.render();
        }
        return value == null ? name.name() + ": " : name.name() + ": " + value.render();
    }
}
