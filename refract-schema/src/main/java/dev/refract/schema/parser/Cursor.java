package dev.refract.schema.parser;

import dev.refract.schema.diagnostics.Span;

/** Low-level scanning over one file's text, with the lexical rules of Prisma's grammar. */
final class Cursor {
    final String text;
    final int fileId;
    int pos;

    Cursor(String text, int fileId) {
        this.text = text;
        this.fileId = fileId;
    }

    boolean eof() {
        return pos >= text.length();
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    Span span(int start) {
        return new Span(fileId, start, pos);
    }

    Span span(int start, int end) {
        return new Span(fileId, start, end);
    }

    String slice(int start) {
        return text.substring(start, pos);
    }

    /** Spaces and tabs (Unicode space separators too), never line breaks. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /** The grammar's implicit whitespace between tokens. */
    void skipWhitespace() {
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    boolean atNewline() {
        char c = peek();
        return c == '\n' || c == '\r';
    }

    /** Consumes one line break ({@code \n}, {@code \r\n} or {@code \r}). */
    boolean newline() {
        if (peek() == '\r' && peek(1) == '\n') {
            pos += 2;
            return true;
        }
        if (atNewline()) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes everything up to (not including) the next line break. */
    void skipToLineEnd() {
        while (!eof() && !atNewline()) {
            pos++;
        }
    }

    boolean literal(String s) {
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * {@code (ASCII_ALPHANUMERIC | LETTER) ~ ("_" | "-" | ASCII_ALPHANUMERIC | LETTER)*}: ASCII letters
     * and digits and any Unicode letter ({@code Lööp}, {@code 日本}), as Prisma 6 accepts; null when
     * none starts here.
     */
    String identifier() {
        if (!isIdentifierStart(codePointAt(pos))) {
            return null;
        }
        int start = pos;
        pos += Character.charCount(codePointAt(pos));
        while (!eof()) {
            int cp = codePointAt(pos);
            if (isIdentifierStart(cp) || cp == '_' || cp == '-') {
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private int codePointAt(int at) {
        return at < text.length() ? text.codePointAt(at) : -1;
    }

    static boolean isIdentifierStart(int cp) {
        return cp >= 0 && (cp < 128 ? isAsciiAlphanumeric((char) cp) : Character.isLetter(cp));
    }

    /** {@code identifier ~ ("." ~ path?)*}: dotted names such as {@code db.VarChar}. */
    String path() {
        int start = pos;
        if (identifier() == null) {
            return null;
        }
        while (peek() == '.') {
            pos++;
            int save = pos;
            if (identifier() == null) {
                pos = save;
            }
        }
        return text.substring(start, pos);
    }
}
