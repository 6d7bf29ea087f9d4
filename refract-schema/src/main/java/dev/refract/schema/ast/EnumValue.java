package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** One value of an enum, with its attributes ({@code @map}). */
public record EnumValue(Identifier name, List<Attribute> attributes, String documentation, String trailingComment,
        Span span) implements BlockItem {
    public EnumValue {
        attributes = List.copyOf(attributes);
    }
}
