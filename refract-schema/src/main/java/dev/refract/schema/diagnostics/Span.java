package dev.refract.schema.diagnostics;

/**
 * A region of one source file: character offsets {@code [start, end)} into the file's text.
 * Every AST node and every diagnostic carries one, so errors can point at the exact source.
 */
public record Span(int fileId, int start, int end) {

    public static final Span EMPTY = new Span(0, 0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }

    /** The smallest span covering both; both must be in the same file. */
    public Span union(Span other) {
        return new Span(fileId, Math.min(start, other.start), Math.max(end, other.end));
    }
}
