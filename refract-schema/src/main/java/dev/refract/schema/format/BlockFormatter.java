package dev.refract.schema.format;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.BlockItem;
import dev.refract.schema.ast.ConfigProperty;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.Top;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one block ({@code model}, {@code view}, {@code type}, {@code enum}, {@code datasource},
 * {@code generator}) as Prisma does: fields, values and properties in aligned columns; a blank line
 * (one, however many were written) starts a new alignment group; blank lines at the start and end
 * of the block are dropped; block attributes move to the end, sorted, after one blank line, each
 * taking along the comment written directly above it; unreadable lines are kept as written and do
 * not influence the alignment.
 */
final class BlockFormatter {
    private static final int NAME_COLUMN = 0;
    private static final int TYPE_COLUMN = 1;
    private static final int ATTRIBUTES_COLUMN = 2;

    /** A block attribute and the comment block written directly above it, if any. */
    private record PendingAttribute(BlockItem.CommentBlock comment, Attribute attribute) {
    }

    private final String source;
    private final Renderer out;

    BlockFormatter(String source, Renderer out) {
        this.source = source;
        this.out = out;
    }

    void format(Top block) {
        out.write(block.keyword());
        out.write(" ");
        out.write(block.name().name());
        out.write(" {");
        out.endLine();
        out.indentUp();
        contents(block.items());
        out.indentDown();
        out.write("}");
        out.endLine();
    }

    private void contents(List<BlockItem> items) {
        List<PendingAttribute> attributes = new ArrayList<>();
        TableFormat table = new TableFormat();
        BlockItem.CommentBlock pendingComment = null;
        int index = 0;
        int count = items.size();
        // Prisma would also start a new group with a blank line when only block attributes came
        // before; that blank line would open the block, and go the next time. We leave it out.
        boolean rowsWritten = false;
        if (index < count && items.get(index) instanceof BlockItem.EmptyLines) {
            index++;
        }
        while (true) {
            boolean ateEmptyLines = false;
            if (index < count && items.get(index) instanceof BlockItem.EmptyLines) {
                index++;
                ateEmptyLines = true;
            }
            BlockItem next = index < count ? items.get(index) : null;
            if (ateEmptyLines && rowsWritten && next != null && !(next instanceof Attribute)
                    && !(next instanceof BlockItem.CommentBlock)) {
                // a blank line ends the alignment group
                table.render(out);
                table.startNewLine();
            }
            if (next == null) {
                break;
            }
            index++;
            BlockItem following = index < count ? items.get(index) : null;
            if (next instanceof BlockItem.CommentBlock comment) {
                if (following instanceof Attribute) {
                    pendingComment = comment; // it moves with the attribute
                } else {
                    if (ateEmptyLines && rowsWritten) {
                        table.render(out);
                        table.startNewLine();
                    }
                    CommentFormatter.addRows(comment.lines(), table);
                    rowsWritten = true;
                }
            } else if (next instanceof Field field) {
                fieldRow(field, table);
                rowsWritten = true;
            } else if (next instanceof ConfigProperty property) {
                propertyRow(property, table);
                rowsWritten = true;
            } else if (next instanceof EnumValue value) {
                enumValueRow(value, table);
                rowsWritten = true;
            } else if (next instanceof Attribute attribute) {
                attributes.add(new PendingAttribute(pendingComment, attribute));
                pendingComment = null;
            } else if (next instanceof BlockItem.CatchAll catchAll) {
                table.interleave(stripTrailingLineFeeds(catchAll.text()));
                rowsWritten = true;
            }
        }
        table.render(out);
        if (!attributes.isEmpty()) {
            table.startNewLine();
        }
        for (PendingAttribute pending : AttributeOrder.sorted(attributes, PendingAttribute::attribute)) {
            if (pending.comment() != null) {
                CommentFormatter.addRows(pending.comment().lines(), table);
            }
            blockAttributeRow(pending.attribute(), table);
        }
        table.render(out);
    }

    private void fieldRow(Field field, TableFormat table) {
        table.startNewLine();
        table.column(NAME_COLUMN).append(field.name().name());
        String type = FieldTypeText.of(field, source);
        if (!type.isEmpty()) {
            table.column(TYPE_COLUMN).append(type);
        }
        if (field.trailingComment() != null) {
            table.appendSuffix(field.trailingComment());
        }
        StringBuilder attributes = table.column(ATTRIBUTES_COLUMN);
        List<Attribute> sorted = AttributeOrder.sorted(field.attributes(), a -> a);
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                attributes.append(' ');
            }
            attributes.append(ExpressionFormatter.attribute(sorted.get(i)));
        }
    }

    private static void propertyRow(ConfigProperty property, TableFormat table) {
        table.startNewLine();
        table.column(0).append(property.name().name());
        if (property.value() != null) {
            table.column(1).append("= ").append(ExpressionFormatter.expression(property.value()));
        } else {
            // Prisma drops the "=" here, which turns the line into an unreadable one the next time:
            // we keep it, so that formatting stays idempotent
            table.column(1).append("=");
        }
        if (property.trailingComment() != null) {
            table.appendSuffix(property.trailingComment());
        }
    }

    private static void enumValueRow(EnumValue value, TableFormat table) {
        table.startNewLine();
        table.column(0).append(value.name().name());
        for (Attribute attribute : value.attributes()) {
            // Prisma writes enum value attributes back to back, without a separating space
            table.column(1).append(ExpressionFormatter.attribute(attribute));
        }
        if (value.trailingComment() != null) {
            table.appendSuffix(value.trailingComment());
        }
    }

    private static void blockAttributeRow(Attribute attribute, TableFormat table) {
        table.startNewLine();
        table.column(0).append(ExpressionFormatter.attribute(attribute));
        if (attribute.trailingComment() != null) {
            table.appendSuffix(attribute.trailingComment());
        }
    }

    private static String stripTrailingLineFeeds(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
