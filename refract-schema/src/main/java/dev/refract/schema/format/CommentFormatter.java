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
        // Prisma cuts two characters off each end of the comment as its grammar matched it, which
        // for a comment that is not the first of its block includes its indentation: the opening
        // "/*" then survives as text, and grows by a line each time the file is formatted. We
        // drop the indentation first, so that formatting stays idempotent.
        String text = Whitespace.trimStart(comment);
        String inner = text.length() >= 4 ? text.substring(2, text.length() - 2) : "";
        for (String line : inner.split("\n", -1)) {
            String content = Whitespace.trim(line);
            if (content.startsWith("*")) {
                content = Whitespace.trimStart(content.substring(1));
            }
            if (!content.isEmpty()) {
                table.startNewLine();
                table.appendSuffix(" * ");
                table.appendSuffix(content);
            }
        }
        table.startNewLine();
        table.appendSuffix(" */");
    }
}
