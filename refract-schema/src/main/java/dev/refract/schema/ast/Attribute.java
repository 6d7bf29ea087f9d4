package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * A field attribute ({@code @id}, {@code @db.VarChar(255)}) or a block attribute
 * ({@code @@index([a])}); {@code name} is the path without the at signs. {@code hasParentheses}
 * tells {@code @default} from {@code @default()}. Block attributes are also items of their block.
 */
public record Attribute(Identifier name, ArgumentsList arguments, boolean hasParentheses, boolean blockLevel,
        String trailingComment, Span span) implements BlockItem {

    public String render() {
        String prefix = blockLevel ? "@@" : "@";
        return prefix + name.name() + (hasParentheses ? arguments.render() : "");
    }
}
