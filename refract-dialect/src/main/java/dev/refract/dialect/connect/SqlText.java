package dev.refract.dialect.connect;

/** Lexical facts about SQL text that hold for every supported database. */
final class SqlText {
    private SqlText() {
    }

    /** Whether the text holds nothing but whitespace, {@code --} and {@code /* *}{@code /} comments and semicolons. */
    static boolean isBlank(String sql) {
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == ';') {
                i++;
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '#' ) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else {
                return false;
            }
        }
        return true;
    }
}
