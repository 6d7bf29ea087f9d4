package dev.refract.schema.diagnostics;

import java.util.List;

/**
 * Renders diagnostics the way Prisma prints them: the title and message, an arrow with the file
 * and line, the line before, the offending line with the span highlighted, and the rest of a
 * multi-line span. Colour (ANSI) is optional and only used on a terminal.
 */
public final class DiagnosticRenderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String BLUE = "\u001b[1;94m";
    private static final String UNDERLINE = "\u001b[4m";

    private final boolean colour;

    public DiagnosticRenderer(boolean colour) {
        this.colour = colour;
    }

    /** Renders every diagnostic, warnings first, each followed by its snippet. */
    public String render(Diagnostics diagnostics, List<SourceFile> files) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            render(out, d, files.get(d.span().fileId()));
        }
        return out.toString();
    }

    public String render(Diagnostic diagnostic, SourceFile file) {
        StringBuilder out = new StringBuilder();
        render(out, diagnostic, file);
        return out.toString();
    }

    private void render(StringBuilder out, Diagnostic d, SourceFile file) {
        String text = file.text();
        Span span = d.span();
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        int startLine = count(text, start);
        int endLine = count(text, end);
        String[] lines = text.split("\n", -1);
        int lineStart = 0;
        for (int i = 0; i < startLine; i++) {
            lineStart += lines[i].length() + 1;
        }
        String line = lines[startLine];
        int startInLine = start - lineStart;
        int endInLine = Math.min(startInLine + (end - start), line.length());
        String offending = line.substring(startInLine, endInLine);
        String primary = d.isError() ? "\u001b[1;91m" : "\u001b[1;93m";

        out.append(paint(primary, d.severity().title())).append(": ").append(paint(BOLD, d.message())).append('\n');
        out.append("  ").append(paint(BLUE, "-->")).append("  ")
                .append(paint(UNDERLINE, file.name() + ":" + (startLine + 1))).append('\n');
        out.append(gutter(0)).append('\n');
        out.append(gutterWithLine(startLine, lines)).append('\n');
        out.append(gutter(startLine + 1)).append(line, 0, startInLine).append(paint(primary, offending))
                .append(line.substring(endInLine)).append('\n');
        if (offending.isEmpty()) {
            out.append(gutter(0)).append(" ".repeat(startInLine)).append(paint(primary, "^ Unexpected token."))
                    .append('\n');
        }
        for (int n = startLine + 2; n < endLine + 2; n++) {
            out.append(gutterWithLine(n, lines)).append('\n');
        }
        out.append(gutter(0)).append('\n');
    }

    private String gutterWithLine(int lineNumber, String[] lines) {
        if (lineNumber > 0 && lineNumber <= lines.length) {
            return gutter(lineNumber) + lines[lineNumber - 1];
        }
        return gutter(lineNumber);
    }

    private String gutter(int lineNumber) {
        return paint(BLUE, lineNumber > 0 ? String.format("%2d | ", lineNumber) : "   | ");
    }

    private String paint(String style, String s) {
        return colour && !s.isEmpty() ? style + s + RESET : s;
    }

    private static int count(String text, int until) {
        int n = 0;
        for (int i = 0; i < until; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
