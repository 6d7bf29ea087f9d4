package dev.refract.schema.format;

/** Whitespace as Prisma's grammar and Rust's {@code str::trim} see it. */
final class Whitespace {
    private Whitespace() {
    }

    /** The grammar's WHITESPACE: space separators and tabs, never line breaks. */
    static boolean isGrammarWhitespace(char ch) {
        return ch == ' ' || ch == '\t' || (ch > 127 && Character.getType(ch) == Character.SPACE_SEPARATOR);
    }

    /** Unicode White_Space, as Rust's {@code char::is_whitespace}. */
    static boolean isUnicodeWhitespace(char ch) {
        return (ch >= '\t' && ch <= '\r') || ch == ' ' || ch == '\u0085' || ch == '\u00A0' || ch == '\u1680'
                || (ch >= '\u2000' && ch <= '\u200A') || ch == '\u2028' || ch == '\u2029' || ch == '\u202F'
                || ch == '\u205F' || ch == '\u3000';
    }

    static String trim(String text) {
        return trimEnd(trimStart(text));
    }

    static String trimStart(String text) {
        int start = 0;
        while (start < text.length() && isUnicodeWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && isUnicodeWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
