package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.stream.Collectors;

/** The parenthesised arguments of an attribute or function call, as written. */
public record ArgumentsList(List<Argument> arguments, boolean trailingComma, Span span) {
    public static ArgumentsList none(Span at) {
        return new ArgumentsList(List.of(), false, at);
    }

    public ArgumentsList {
        arguments = List.copyOf(arguments);
    }

    public String render() {
        return arguments.stream().map(Argument::render).collect(Collectors.joining(", ", "(", ")"));
    }
}
