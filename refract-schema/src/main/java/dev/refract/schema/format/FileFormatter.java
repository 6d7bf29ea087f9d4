package dev.refract.schema.format;

import dev.refract.schema.ast.BlockItem;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.Top;
import java.util.List;

/**
 * Lays out one parsed file: blocks one after the other, each followed by one blank line unless it
 * ends the file; comments and blank lines (one, however many) between blocks kept; blank lines
 * at the start and end of the file dropped; unreadable top-level text written as it is. The result
 * always ends with a line break.
 */
final class FileFormatter {
    static final int INDENT_WIDTH = 2;

    private FileFormatter() {
    }

    static String format(SchemaAst ast, String source) {
        Renderer out = new Renderer(INDENT_WIDTH);
        BlockFormatter blocks = new BlockFormatter(source, out);
        List<BlockItem> items = ast.items();
        int start = !items.isEmpty() && items.get(0) instanceof BlockItem.EmptyLines ? 1 : 0;
        for (int i = start; i < items.size(); i++) {
            BlockItem item = items.get(i);
            if (item instanceof Top block) {
                blocks.format(block);
                if (i + 1 < items.size() && !(items.get(i + 1) instanceof BlockItem.EmptyLines)) {
                    // Something on the line of the closing brace: Prisma puts it on the next line,
                    // and only the next time adds the blank line it puts after every block. We
                    // add it at once, so that formatting stays idempotent.
                    out.endLine();
                }
            } else if (item instanceof BlockItem.CommentBlock comment) {
                TableFormat table = new TableFormat();
                CommentFormatter.addRows(comment.lines(), table);
                table.render(out);
            } else if (item instanceof BlockItem.EmptyLines) {
                if (i + 1 < items.size()) {
                    out.endLine();
                }
            } else if (item instanceof BlockItem.CatchAll catchAll) {
                out.write(catchAll.text());
            }
        }
        if (!out.endsWithNewline()) {
            out.endLine();
        }
        return out.toString();
    }
}
