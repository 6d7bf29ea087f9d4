package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** A {@code datasource} or {@code generator} block. */
public record ConfigBlock(boolean datasource, Identifier name, List<BlockItem> items, String documentation,
        String afterOpenBrace, Span span) implements Top {

    public ConfigBlock {
        items = List.copyOf(items);
    }

    @Override
    public String keyword() {
        return datasource ? "datasource" : "generator";
    }

    public List<ConfigProperty> properties() {
        return items.stream().filter(ConfigProperty.class::isInstance).map(ConfigProperty.class::cast).toList();
    }

    public Optional<ConfigProperty> property(String key) {
        return properties().stream().filter(p -> p.name().name().equals(key)).findFirst();
    }
}
