package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/**
 * A field of a model, view or composite type. {@code documentation} holds the {@code ///} lines
 * before it and its trailing {@code ///} comment; {@code trailingComment} is the raw trailing comment.
 */
public record Field(Identifier name, FieldType type, FieldArity arity, List<Attribute> attributes,
        String documentation, String trailingComment, Span span) implements BlockItem {

    public Field {
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().name().equals(attributeName)).findFirst();
    }

    public boolean hasAttribute(String attributeName) {
        return attribute(attributeName).isPresent();
    }
}
