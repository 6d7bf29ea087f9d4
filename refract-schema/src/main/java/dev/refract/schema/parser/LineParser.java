package dev.refract.schema.parser;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.BlockItem;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.ast.FieldType;
import dev.refract.schema.ast.Identifier;
import dev.refract.schema.ast.ModelKind;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-level rules of Prisma's grammar: fields and their types and attributes, block
 * attributes, enum values, configuration properties, comments and blank lines. Each method parses
 * at the cursor and returns null, with the cursor where it was, when its rule does not match.
 */
final class LineParser {
    private final Cursor c;
    private final Diagnostics diagnostics;
    private final ExpressionParser expressions;

    LineParser(Cursor c, Diagnostics diagnostics) {
        this.c = c;
        this.diagnostics = diagnostics;
        this.expressions = new ExpressionParser(c, diagnostics);
    }


    Field field(String pendingDoc, ModelKind containerKind, Identifier container) {
        int start = c.pos;
        Identifier name = identifier();
        if (name == null) {
            return restore(start, null);
        }
        c.skipWhitespace();
        boolean legacyColon = false;
        int colonStart = c.pos;
        if (c.literal(":")) {
            legacyColon = true;
            c.skipWhitespace();
        }
        int typeStart = c.pos;
        TypeWithArity type = fieldType();
        if (type == null) {
            c.pos = typeStart;
        }
        List<Attribute> attributes = fieldAttributes();
        c.skipWhitespace();
        String trailing = trailingComment();
        c.skipWhitespace();
        if (!c.newline()) {
            return restore(start, null);
        }
        Span span = c.span(start);
        if (legacyColon) {
            diagnostics.error("Field declarations don't require a `:`.", c.span(colonStart, colonStart + 1));
            return new Field(name, new FieldType("", false, span), FieldArity.REQUIRED, attributes, pendingDoc,
                    trailing, span);
        }
        if (type == null) {
            String keyword = switch (containerKind) {
                case MODEL -> "model";
                case VIEW -> "view";
                case COMPOSITE_TYPE -> "type";
            };
            diagnostics.error("Error validating " + keyword + " \"" + container.name() + "\": This field declaration is "
                    + "invalid. It is either missing a name or a type.", span);
            return new Field(name, new FieldType("", false, span), FieldArity.REQUIRED, attributes, pendingDoc,
                    trailing, span);
        }
        if (type.legacyError != null) {
            diagnostics.error(type.legacyError, type.span);
        }
        String doc = Comments.join(pendingDoc, Comments.documentation(trailing));
        return new Field(name, type.type, type.arity, attributes, doc, trailing, span);
    }

    /** A parsed field type, or a legacy spelling that is reported but still recovered. */
    private record TypeWithArity(FieldType type, FieldArity arity, String legacyError, Span span) {
    }

    private TypeWithArity fieldType() {
        int start = c.pos;
        // unsupported_optional_list_type | list_type | optional_type | legacy_required_type
        FieldType base = baseType();
        if (base != null) {
            int afterBase = c.pos;
            c.skipWhitespace();
            if (c.literal("[]")) {
                int afterList = c.pos;
                c.skipWhitespace();
                if (c.literal("?")) {
                    return new TypeWithArity(base, FieldArity.LIST,
                            "Optional lists are not supported. Use either `Type[]` or `Type?`.", c.span(start));
                }
                c.pos = afterList;
                return new TypeWithArity(base, FieldArity.LIST, null, c.span(start));
            }
            c.pos = afterBase;
            c.skipWhitespace();
            if (c.literal("?")) {
                return new TypeWithArity(base, FieldArity.OPTIONAL, null, c.span(start));
            }
            c.pos = afterBase;
            c.skipWhitespace();
            if (c.literal("!")) {
                return new TypeWithArity(base, FieldArity.REQUIRED,
                        "Fields are required by default, `!` is no longer required.", c.span(start));
            }
            c.pos = afterBase;
        }
        c.pos = start;
        if (c.literal("[")) {
            c.skipWhitespace();
            FieldType inner = baseType();
            if (inner != null) {
                c.skipWhitespace();
                if (c.literal("]")) {
                    return new TypeWithArity(inner, FieldArity.LIST,
                            "To specify a list, please use `Type[]` instead of `[Type]`.", c.span(start));
                }
            }
        }
        c.pos = start;
        base = baseType();
        return base == null ? null : new TypeWithArity(base, FieldArity.REQUIRED, null, c.span(start));
    }

    FieldType baseType() {
        int start = c.pos;
        if (c.literal("Unsupported(")) {
            c.skipWhitespace();
            Expression lit = expressions.stringLiteral();
            if (lit instanceof StringValue s) {
                c.skipWhitespace();
                if (c.literal(")")) {
                    return new FieldType(s.value(), true, c.span(start));
                }
            }
            c.pos = start;
        }
        String name = c.identifier();
        return name == null ? null : new FieldType(name, false, c.span(start));
    }

    List<Attribute> fieldAttributes() {
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            int save = c.pos;
            c.skipWhitespace();
            Attribute a = fieldAttribute();
            if (a == null) {
                c.pos = save;
                return attributes;
            }
            attributes.add(a);
        }
    }

    /** {@code "@" ~ path ~ arguments_list?} */
    Attribute fieldAttribute() {
        int start = c.pos;
        if (c.peek() != '@' || c.peek(1) == '@') {
            return null;
        }
        c.pos++;
        c.skipWhitespace();
        int nameStart = c.pos;
        String path = c.path();
        if (path == null) {
            return restore(start, null);
        }
        Identifier name = new Identifier(path, c.span(nameStart));
        return attributeArguments(start, name, false, null);
    }

    private Attribute attributeArguments(int start, Identifier name, boolean blockLevel, String trailing) {
        int save = c.pos;
        c.skipWhitespace();
        var args = expressions.argumentsList();
        if (args == null) {
            c.pos = save;
            return new Attribute(name, dev.refract.schema.ast.ArgumentsList.none(c.span(save, save)), false,
                    blockLevel, trailing, c.span(start));
        }
        return new Attribute(name, args, true, blockLevel, trailing, c.span(start));
    }

    /** {@code block_attribute ~ NEWLINE} where block_attribute = "@@" ~ path ~ arguments_list? ~ trailing_comment? */
    Attribute blockAttributeLine() {
        int start = c.pos;
        if (!c.literal("@@")) {
            return null;
        }
        c.skipWhitespace();
        int nameStart = c.pos;
        String path = c.path();
        if (path == null) {
            return null;
        }
        Identifier name = new Identifier(path, c.span(nameStart));
        Attribute attribute = attributeArguments(start, name, true, null);
        int end = c.pos;
        c.skipWhitespace();
        String trailing = trailingComment();
        if (trailing != null) {
            end = c.pos;
        }
        c.skipWhitespace();
        if (!c.newline()) {
            return null;
        }
        return new Attribute(attribute.name(), attribute.arguments(), attribute.hasParentheses(), true, trailing,
                c.span(start, end));
    }

    EnumValue enumValue(String pendingDoc) {
        int start = c.pos;
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        List<Attribute> attributes = fieldAttributes();
        c.skipWhitespace();
        String trailing = trailingComment();
        c.skipWhitespace();
        if (!c.newline()) {
            return restore(start, null);
        }
        String doc = Comments.join(pendingDoc, Comments.documentation(trailing));
        return new EnumValue(name, attributes, doc, trailing, c.span(start));
    }

    /** {@code identifier ~ "=" ~ expression? ~ trailing_comment? ~ NEWLINE}; a missing value is null. */
    ConfigProperty keyValue() {
        int start = c.pos;
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        if (!c.literal("=")) {
            return restore(start, null);
        }
        c.skipWhitespace();
        int valueStart = c.pos;
        Expression value = expressions.expression();
        c.skipWhitespace();
        String trailing = trailingComment();
        c.skipWhitespace();
        if (!c.newline()) {
            return restore(start, null);
        }
        return new ConfigProperty(name, value, trailing, c.span(start));
    }

    // ---------------------------------------------------------------- comments and blank lines

    /** {@code doc_comment | comment | multi_line_comment} at the current position (whitespace already skipped). */
    private String trailingComment() {
        return comment();
    }

    /**
     * One comment at the current position: {@code //} or {@code ///} up to the line end, or a
     * {@code /* ... *}{@code /} comment (which may span lines); null when none starts here.
     */
    private String comment() {
        int start = c.pos;
        if (c.peek() == '/' && c.peek(1) == '/') {
            c.skipToLineEnd();
            return c.slice(start);
        }
        if (c.peek() == '/' && c.peek(1) == '*') {
            int close = c.text.indexOf("*/", start + 2);
            if (close < 0) {
                return null;
            }
            c.pos = close + 2;
            return c.slice(start);
        }
        return null;
    }

    /**
     * Consecutive comments, each with optional indentation and an optional line break after it;
     * a multi-line comment is one entry holding its line breaks. As in Prisma's grammar, a
     * multi-line comment that is not the first of its block keeps the whitespace before it.
     */
    BlockItem.CommentBlock commentBlock() {
        int start = c.pos;
        List<String> lines = new ArrayList<>();
        while (true) {
            int lineStart = c.pos;
            c.skipWhitespace();
            String comment = comment();
            if (comment == null) {
                c.pos = lineStart;
                break;
            }
            lines.add(comment.startsWith("/*") ? c.slice(lineStart) : comment);
            c.newline();
        }
        return lines.isEmpty() ? null : new BlockItem.CommentBlock(lines, c.span(start));
    }

    /** {@code (WHITESPACE* ~ NEWLINE)+} */
    BlockItem.EmptyLines emptyLines() {
        int start = c.pos;
        int count = 0;
        while (true) {
            int lineStart = c.pos;
            c.skipWhitespace();
            if (!c.newline()) {
                c.pos = lineStart;
                break;
            }
            count++;
        }
        return count == 0 ? null : new BlockItem.EmptyLines(count, c.span(start));
    }

    Identifier identifier() {
        int start = c.pos;
        String name = c.identifier();
        return name == null ? null : new Identifier(name, c.span(start));
    }

    <T> T restore(int position, T result) {
        if (result == null) {
            c.pos = position;
        }
        return result;
    }
}
