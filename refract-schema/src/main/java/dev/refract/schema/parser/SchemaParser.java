package dev.refract.schema.parser;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.BlockItem;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.EnumDeclaration;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.Identifier;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.ModelKind;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
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
    private final LineParser lines;

    private SchemaParser(String text, int fileId, Diagnostics diagnostics) {
        this.c = new Cursor(text, fileId);
        this.diagnostics = diagnostics;
        this.lines = new LineParser(c, diagnostics);
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
        if ((item = lines.commentBlock()) != null) {
            return item;
        }
        c.pos = start;
        if ((item = lines.emptyLines()) != null) {
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

    /** {@code keyword name {...}} for model, view and composite type blocks. */
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
        Header header = header();
        if (header == null) {
            return null;
        }
        boolean composite = kind == ModelKind.COMPOSITE_TYPE;
        List<BlockItem> items = blockBody(new Body() {
            @Override
            public BlockItem entry(String pendingDoc) {
                return lines.field(pendingDoc, kind, header.name());
            }

            @Override
            public void accepted(BlockItem item) {
                if (composite && item instanceof Field f) {
                    CompositeTypeSyntax.fieldAttributes(f, diagnostics);
                } else if (composite && item instanceof Attribute a) {
                    CompositeTypeSyntax.blockAttribute(a, diagnostics);
                }
            }
        }, true, "This line is not a valid field or attribute definition.");
        return items == null ? null
                : new ModelDeclaration(kind, header.name(), items, null, header.afterOpen(), c.span(start));
    }

    private EnumDeclaration enumDeclaration() {
        int start = c.pos;
        if (!c.literal("enum")) {
            return null;
        }
        Header header = header();
        if (header == null) {
            return null;
        }
        List<BlockItem> items = blockBody(lines::enumValue, true, "This line is not an enum value definition.");
        return items == null ? null : new EnumDeclaration(header.name(), items, null, header.afterOpen(), c.span(start));
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
        Header header = header();
        if (header == null) {
            return null;
        }
        List<BlockItem> items = blockBody(pendingDoc -> lines.keyValue(), false,
                "This line is not a valid definition within a " + (datasource ? "datasource" : "generator") + ".");
        // a property without a value (`key =`) is reported when the block is loaded, as Prisma does
        return items == null ? null
                : new ConfigBlock(datasource, header.name(), items, null, header.afterOpen(), c.span(start));
    }

    /** The name and opening brace after a block keyword. */
    private record Header(Identifier name, String afterOpen) {
    }

    /** {@code identifier ~ BLOCK_OPEN} after the keyword; null when it does not match. */
    private Header header() {
        c.skipWhitespace();
        Identifier name = lines.identifier();
        if (name == null) {
            return null;
        }
        c.skipWhitespace();
        String afterOpen = blockOpen();
        return afterOpen == null ? null : new Header(name, afterOpen);
    }

    /** What one kind of block holds besides block attributes, comments and blank lines. */
    private interface Body {
        /** Parses one entry (a field, an enum value, a property) at the cursor, or returns null. */
        BlockItem entry(String pendingDoc);

        /** Called for each entry and block attribute as it is read, in source order. */
        default void accepted(BlockItem item) {
        }
    }

    /**
     * The items of a block up to and including its closing brace, in source order; null when the
     * block is never closed (then the caller's rule fails, as in Prisma's grammar). A comment block
     * documents the entry that follows it.
     */
    private List<BlockItem> blockBody(Body body, boolean blockAttributes, String invalidLine) {
        List<BlockItem> items = new ArrayList<>();
        String pendingDoc = null;
        while (true) {
            c.skipWhitespace();
            int itemStart = c.pos;
            BlockItem item;
            if ((item = lines.restore(itemStart, body.entry(pendingDoc))) != null) {
                pendingDoc = null;
                body.accepted(item);
            } else if (blockAttributes && (item = lines.restore(itemStart, lines.blockAttributeLine())) != null) {
                body.accepted(item);
            } else if ((item = lines.restore(itemStart, lines.commentBlock())) != null) {
                pendingDoc = Comments.documentation(((BlockItem.CommentBlock) item).lines());
            } else if ((item = lines.restore(itemStart, lines.emptyLines())) == null
                    && (item = lines.restore(itemStart, blockCatchAll())) != null) {
                diagnostics.error(invalidLine, item.span());
            }
            if (item == null) {
                c.pos = itemStart;
                break;
            }
            items.add(item);
        }
        return c.literal("}") ? items : null;
    }

    /** {@code type Name = Base @attr*}: legacy type aliases, reported by the caller. */
    private boolean typeAlias() {
        if (!c.literal("type")) {
            return false;
        }
        c.skipWhitespace();
        if (lines.identifier() == null) {
            return false;
        }
        c.skipWhitespace();
        if (!c.literal("=")) {
            return false;
        }
        c.skipWhitespace();
        if (lines.baseType() == null) {
            return false;
        }
        // As in Prisma's grammar, the alias ends after the whitespace that follows its last part,
        // unless that part is an attribute with arguments (this shows in formatted output).
        boolean takesTrailingWhitespace = true;
        while (true) {
            int save = c.pos;
            c.skipWhitespace();
            Attribute attribute = lines.fieldAttribute();
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
        if (lines.identifier() == null) {
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
}
