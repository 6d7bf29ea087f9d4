package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** A {@code model}, {@code view} or composite {@code type} block. */
public record ModelDeclaration(ModelKind kind, Identifier name, List<BlockItem> items, String documentation,
        String afterOpenBrace, Span span) implements Top {

    public ModelDeclaration {
        items = List.copyOf(items);
    }

    @Override
    public String keyword() {
        return kind.keyword();
    }

    public List<Field> fields() {
        return items.stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
    }

    public List<Attribute> attributes() {
        return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
    }

    public boolean isView() {
        return kind == ModelKind.VIEW;
    }

    public boolean isCompositeType() {
        return kind == ModelKind.COMPOSITE_TYPE;
    }
}
