package dev.refract.schema.format;

/**
 * The output stream of the formatter: text written at the start of a line is indented by the
 * current level; line ends are always {@code \n}.
 */
final class Renderer {
    private final StringBuilder out = new StringBuilder();
    private final int indentWidth;
    private int indent;

    Renderer(int indentWidth) {
        this.indentWidth = indentWidth;
    }

    void write(String text) {
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
            out.append(" ".repeat(indent * indentWidth));
        }
        out.append(text);
    }

    void endLine() {
        out.append('\n');
    }

    void indentUp() {
        indent++;
    }

    void indentDown() {
        if (indent > 0) {
            indent--;
        }
    }

    boolean endsWithNewline() {
        return out.length() > 0 && out.charAt(out.length() - 1) == '\n';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
