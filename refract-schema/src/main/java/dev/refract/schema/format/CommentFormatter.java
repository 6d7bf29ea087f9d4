package dev.refract.schema.format;

import java.util.List;

/**
 * Comment lines as table rows. Line comments are kept as written (without their indentation);
 * a {@code /* ... *}{@code /} comment is rewritten into Prisma's canonical form: {@code /**}, one
 * {@code  * text} line per non-empty line (leading stars and spaces removed), then {@code  *}{@code /}.
 */
final class CommentFormatter {
    private CommentFormatter() {
    }

    static void addRows(List<String> comments, TableFormat table) {
        for (String comment : comments) {
            if (!comment.startsWith("//")) {
                addMultiLine(comment, table);
            } else {
                table.startNewLine();
                table.appendSuffix(comment);
            }
        }
    }

    private static void addMultiLine(String comment, TableFormat table) {
        table.startNewLine();
        table.appendSuffix("/**");
        // Prisma cuts two characters off each end; a comment that kept its indentation (not the
        // first of its block) thus loses indentation instead of its opening delimiter
        String inner = comment.length() >= 4 ? comment.substring(2, comment.length() - 2) : "";
        for (String line : inner.split("\n", -1)) {
            String text = Whitespace.trim(line);
            if (text.startsWith("*")) {
                text = Whitespace.trimStart(text.substring(1));
            }
            if (!text.isEmpty()) {
                table.startNewLine();
                table.appendSuffix(" * ");
                table.appendSuffix(text);
            }
        }
        table.startNewLine();
        table.appendSuffix(" */");
    }
}
