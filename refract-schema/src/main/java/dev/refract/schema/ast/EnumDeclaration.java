package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** An {@code enum} block. */
public record EnumDeclaration(Identifier name, List<BlockItem> items, String documentation, String afterOpenBrace,
        Span span) implements Top {

    public EnumDeclaration {
        items = List.copyOf(items);
    }

    @Override
    public String keyword() {
        return "enum";
    }

    public List<EnumValue> values() {
        return items.stream().filter(EnumValue.class::isInstance).map(EnumValue.class::cast).toList();
    }

    public List<Attribute> attributes() {
        return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
    }
}
