package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.stream.Collectors;

/** An array value: {@code [a, b(sort: Desc)]}. */
public record ArrayExpression(List<Expression> elements, Span span) implements Expression {
    public ArrayExpression {
        elements = List.copyOf(elements);
    }

    @Override
    public String describeKind() {
        return "array";
    }

    @Override
    public String render() {
        return elements.stream().map(Expression::render).collect(Collectors.joining(", ", "[", "]"));
    }
}
