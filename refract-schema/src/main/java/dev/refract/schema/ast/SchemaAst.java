package dev.refract.schema.ast;

import java.util.List;

/**
 * The parse tree of one schema file. {@code items} holds everything at the top level in source
 * order, declarations as well as comments, blank lines and unreadable lines.
 */
public record SchemaAst(int fileId, List<BlockItem> items) {

    public SchemaAst {
        items = List.copyOf(items);
    }

    public List<Top> tops() {
        return items.stream().filter(Top.class::isInstance).map(Top.class::cast).toList();
    }
}
