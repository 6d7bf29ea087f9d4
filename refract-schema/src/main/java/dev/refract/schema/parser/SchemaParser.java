package dev.refract.schema.parser;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.BlockItem;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.EnumDeclaration;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.ast.FieldType;
import dev.refract.schema.ast.Identifier;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.ModelKind;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one schema file into a {@link SchemaAst}. It follows Prisma's PEG grammar rule by rule
 * (ordered choice with backtracking, whitespace between tokens, line breaks significant), so that
 * what parses, what is reported as an unreadable line, and every span agree with Prisma. It never
 * throws on bad input: problems become diagnostics and parsing goes on.
 */
public final class SchemaParser {
    private final Cursor c;
    private final Diagnostics diagnostics;
    private final ExpressionParser expressions;

    private SchemaParser(String text, int fileId, Diagnostics diagnostics) {
        this.c = new Cursor(text, fileId);
        this.diagnostics = diagnostics;
        this.expressions = new ExpressionParser(c, diagnostics);
    }

    /** Parses {@code text} as file number {@code fileId}, adding problems to {@code diagnostics}. */
    public static SchemaAst parse(String text, int fileId, Diagnostics diagnostics) {
        return new SchemaParser(text, fileId, diagnostics).schema();
    }

    private SchemaAst schema() {
        List<BlockItem> items = new ArrayList<>();
        while (true) {
            c.skipWhitespace();
            if (c.eof()) {
                break;
            }
            BlockItem item = topItem();
            items.add(item);
        }
        return new SchemaAst(c.fileId, attachTopDocumentation(items));
    }

    private BlockItem topItem() {
        int start = c.pos;
        BlockItem item;
        if ((item = modelDeclaration()) != null) {
            return item;
        }
        c.pos = start;
        if ((item = enumDeclaration()) != null) {
            return item;
        }
        c.pos = start;
        if ((item = configBlock()) != null) {
            return item;
        }
        c.pos = start;
        if (typeAlias()) {
            diagnostics.error("Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
                    c.span(start));
            return new BlockItem.CatchAll(c.slice(start), c.span(start));
        }
        c.pos = start;
        if (arbitraryBlock()) {
            diagnostics.error("This block is invalid. It does not start with any known Prisma schema keyword. "
                    + "Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.", c.span(start));
            return new BlockItem.CatchAll(c.slice(start), c.span(start));
        }
        c.pos = start;
        if ((item = commentBlock()) != null) {
            return item;
        }
        c.pos = start;
        if ((item = emptyLines()) != null) {
            return item;
        }
        c.pos = start;
        c.skipToLineEnd();
        c.newline();
        diagnostics.error("This line is invalid. It does not start with any known Prisma schema keyword.", c.span(start));
        return new BlockItem.CatchAll(c.slice(start), c.span(start));
    }

    /** A doc comment block directly followed by a declaration documents it. */
    private List<BlockItem> attachTopDocumentation(List<BlockItem> items) {
        List<BlockItem> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BlockItem item = items.get(i);
            if (i > 0 && items.get(i - 1) instanceof BlockItem.CommentBlock comment) {
                String doc = Comments.documentation(comment.lines());
                if (doc != null) {
                    item = withDocumentation(item, doc);
                }
            }
            out.add(item);
        }
        return out;
    }

    private static BlockItem withDocumentation(BlockItem item, String doc) {
        if (item instanceof ModelDeclaration m) {
            return new ModelDeclaration(m.kind(), m.name(), m.items(), doc, m.afterOpenBrace(), m.span());
        }
        if (item instanceof EnumDeclaration e) {
            return new EnumDeclaration(e.name(), e.items(), doc, e.afterOpenBrace(), e.span());
        }
        if (item instanceof ConfigBlock b) {
            return new ConfigBlock(b.datasource(), b.name(), b.items(), doc, b.afterOpenBrace(), b.span());
        }
        return item;
    }

    // ---------------------------------------------------------------- blocks

    private ModelDeclaration modelDeclaration() {
        int start = c.pos;
        ModelKind kind;
        if (c.literal("model")) {
            kind = ModelKind.MODEL;
        } else if (c.literal("type")) {
            kind = ModelKind.COMPOSITE_TYPE;
        } else if (c.literal("view")) {
            kind = ModelKind.VIEW;
        } else {
            return null;
        }
        c.skipWhitespace();
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        String afterOpen = blockOpen();
        if (afterOpen == null) {
            return null;
        }
        List<BlockItem> items = new ArrayList<>();
        String pendingDoc = null;
        while (true) {
            c.skipWhitespace();
            int itemStart = c.pos;
            BlockItem item;
            if ((item = field(pendingDoc, kind, name)) != null) {
                pendingDoc = null;
                if (kind == ModelKind.COMPOSITE_TYPE) {
                    CompositeTypeSyntax.fieldAttributes((Field) item, diagnostics);
                }
            } else if ((item = restore(itemStart, blockAttributeLine())) != null) {
                if (kind == ModelKind.COMPOSITE_TYPE) {
                    CompositeTypeSyntax.blockAttribute((Attribute) item, diagnostics);
                }
            } else if ((item = restore(itemStart, commentBlock())) != null) {
                pendingDoc = Comments.documentation(((BlockItem.CommentBlock) item).lines());
            } else if ((item = restore(itemStart, emptyLines())) != null) {
                // blank lines
            } else if ((item = restore(itemStart, blockCatchAll())) != null) {
                diagnostics.error("This line is not a valid field or attribute definition.", item.span());
            } else {
                c.pos = itemStart;
                break;
            }
            items.add(item);
        }
        if (!c.literal("}")) {
            return null;
        }
        return new ModelDeclaration(kind, name, items, null, afterOpen, c.span(start));
    }

    private EnumDeclaration enumDeclaration() {
        int start = c.pos;
        if (!c.literal("enum")) {
            return null;
        }
        c.skipWhitespace();
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        String afterOpen = blockOpen();
        if (afterOpen == null) {
            return null;
        }
        List<BlockItem> items = new ArrayList<>();
        String pendingDoc = null;
        while (true) {
            c.skipWhitespace();
            int itemStart = c.pos;
            BlockItem item;
            if ((item = enumValue(pendingDoc)) != null) {
                pendingDoc = null;
            } else if ((item = restore(itemStart, blockAttributeLine())) != null) {
                // block attribute
            } else if ((item = restore(itemStart, commentBlock())) != null) {
                pendingDoc = Comments.documentation(((BlockItem.CommentBlock) item).lines());
            } else if ((item = restore(itemStart, emptyLines())) != null) {
                // blank lines
            } else if ((item = restore(itemStart, blockCatchAll())) != null) {
                diagnostics.error("This line is not an enum value definition.", item.span());
            } else {
                c.pos = itemStart;
                break;
            }
            items.add(item);
        }
        if (!c.literal("}")) {
            return null;
        }
        return new EnumDeclaration(name, items, null, afterOpen, c.span(start));
    }

    private ConfigBlock configBlock() {
        int start = c.pos;
        boolean datasource;
        if (c.literal("datasource")) {
            datasource = true;
        } else if (c.literal("generator")) {
            datasource = false;
        } else {
            return null;
        }
        c.skipWhitespace();
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        String afterOpen = blockOpen();
        if (afterOpen == null) {
            return null;
        }
        List<BlockItem> items = new ArrayList<>();
        while (true) {
            c.skipWhitespace();
            int itemStart = c.pos;
            BlockItem item;
            if ((item = keyValue()) != null) {
                // property
            } else if ((item = restore(itemStart, commentBlock())) != null) {
                // comment
            } else if ((item = restore(itemStart, emptyLines())) != null) {
                // blank lines
            } else if ((item = restore(itemStart, blockCatchAll())) != null) {
                diagnostics.error("This line is not a valid definition within a " + (datasource ? "datasource" : "generator")
                        + ".", item.span());
            } else {
                c.pos = itemStart;
                break;
            }
            items.add(item);
        }
        if (!c.literal("}")) {
            return null;
        }
        // a property without a value (`key =`) is reported when the block is loaded, as Prisma does
        return new ConfigBlock(datasource, name, items, null, afterOpen, c.span(start));
    }

    /** {@code type Name = Base @attr*}: legacy type aliases, reported by the caller. */
    private boolean typeAlias() {
        if (!c.literal("type")) {
            return false;
        }
        c.skipWhitespace();
        if (identifier() == null) {
            return false;
        }
        c.skipWhitespace();
        if (!c.literal("=")) {
            return false;
        }
        c.skipWhitespace();
        if (baseType() == null) {
            return false;
        }
        // As in Prisma's grammar, the alias ends after the whitespace that follows its last part,
        // unless that part is an attribute with arguments (this shows in formatted output).
        boolean takesTrailingWhitespace = true;
        while (true) {
            int save = c.pos;
            c.skipWhitespace();
            Attribute attribute = fieldAttribute();
            if (attribute == null) {
                if (!takesTrailingWhitespace) {
                    c.pos = save;
                }
                return true;
            }
            takesTrailingWhitespace = !attribute.hasParentheses();
        }
    }

    /** An identifier followed by braces: not a valid block, reported by the caller. */
    private boolean arbitraryBlock() {
        if (identifier() == null) {
            return false;
        }
        c.skipWhitespace();
        if (blockOpen() == null) {
            return false;
        }
        while (!c.eof() && c.peek() != '}') {
            c.pos++;
        }
        return c.literal("}");
    }

    /** {@code "{" ~ (!NEWLINE ~ ANY)* ~ NEWLINE}; returns what followed the brace, or null. */
    private String blockOpen() {
        if (!c.literal("{")) {
            return null;
        }
        int start = c.pos;
        c.skipToLineEnd();
        String rest = c.slice(start);
        return c.newline() ? rest : null;
    }

    private BlockItem.CatchAll blockCatchAll() {
        if (c.peek() == '}' || c.eof() || c.atNewline()) {
            return null;
        }
        int start = c.pos;
        c.skipToLineEnd();
        c.newline();
        return new BlockItem.CatchAll(c.slice(start), c.span(start));
    }

    // ---------------------------------------------------------------- block items

    private Field field(String pendingDoc, ModelKind containerKind, Identifier container) {
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

    private FieldType baseType() {
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

    private List<Attribute> fieldAttributes() {
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
    private Attribute fieldAttribute() {
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
    private Attribute blockAttributeLine() {
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

    private EnumValue enumValue(String pendingDoc) {
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
    private ConfigProperty keyValue() {
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
    private BlockItem.CommentBlock commentBlock() {
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
    private BlockItem.EmptyLines emptyLines() {
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

    private Identifier identifier() {
        int start = c.pos;
        String name = c.identifier();
        return name == null ? null : new Identifier(name, c.span(start));
    }

    private <T> T restore(int position, T result) {
        if (result == null) {
            c.pos = position;
        }
        return result;
    }
}
