package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * One line-level item inside a block or at the top level, in source order. Fields, enum values,
 * properties and attributes carry meaning; comments, empty lines and unparseable lines are kept
 * so the formatter can reproduce them.
 */
public sealed interface BlockItem
        permits Top, Field, EnumValue, ConfigProperty, Attribute, BlockItem.CommentBlock, BlockItem.EmptyLines,
        BlockItem.CatchAll {

    Span span();

    /**
     * Consecutive comments, each kept as written without its indentation (e.g. {@code /// doc}); a
     * {@code /* ... *}{@code /} comment is one entry and may hold line breaks (when it is not the
     * first entry it keeps the whitespace before it, as Prisma's grammar does).
     */
    record CommentBlock(java.util.List<String> lines, Span span) implements BlockItem {
    }

    /** One or more blank lines. */
    record EmptyLines(int count, Span span) implements BlockItem {
    }

    /** A line the parser could not read; already reported as an error. */
    record CatchAll(String text, Span span) implements BlockItem {
    }
}
