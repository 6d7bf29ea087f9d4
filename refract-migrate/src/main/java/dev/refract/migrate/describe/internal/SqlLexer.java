package dev.refract.migrate.describe.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small SQL tokenizer for the fragments catalogs hand back (PostgreSQL default expressions, SQLite
 * {@code CREATE INDEX} statements): string literals ({@code '...'} with doubled quotes, PostgreSQL
 * {@code E'...'} with backslash escapes), identifiers, double-quoted identifiers, numbers and
 * symbols. Whitespace and comments are dropped; {@code ::} is one symbol.
 */
public final class SqlLexer {
    public enum Kind { STRING, IDENT, QUOTED_IDENT, NUMBER, SYMBOL }

    /** A token; {@code value} is the unescaped content of strings and quoted identifiers, else the text. */
    public record Token(Kind kind, String text, String value, int start, int end) {
        public boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        public boolean isWord(String word) {
            return kind == Kind.IDENT && text.equalsIgnoreCase(word);
        }

        /** An identifier's name: the content of a quoted one, the text of a bare one. */
        public boolean isName() {
            return kind == Kind.IDENT || kind == Kind.QUOTED_IDENT;
        }
    }

    private SqlLexer() {
    }

    /** The tokens of {@code sql}; throws {@link IllegalArgumentException} on an unterminated literal. */
    public static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated comment in " + sql);
                }
                i = end + 2;
            } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                i = escapeString(sql, i, tokens);
            } else if (c == '\'') {
                i = quoted(sql, i, '\'', Kind.STRING, tokens);
            } else if (c == '"') {
                i = quoted(sql, i, '"', Kind.QUOTED_IDENT, tokens);
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                i = number(sql, i, tokens);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                String text = sql.substring(start, i);
                tokens.add(new Token(Kind.IDENT, text, text, start, i));
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                tokens.add(new Token(Kind.SYMBOL, "::", "::", i, i + 2));
                i += 2;
            } else {
                String text = String.valueOf(c);
                tokens.add(new Token(Kind.SYMBOL, text, text, i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int quoted(String sql, int start, char quote, Kind kind, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= sql.length()) {
                throw new IllegalArgumentException("unterminated literal in " + sql);
            }
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    value.append(quote);
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            value.append(c);
            i++;
        }
        tokens.add(new Token(kind, sql.substring(start, i), value.toString(), start, i));
        return i;
    }

    private static int escapeString(String sql, int start, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start + 2;
        while (true) {
            if (i >= sql.length()) {
                throw new IllegalArgumentException("unterminated literal in " + sql);
            }
            char c = sql.charAt(i);
            if (c == '\\' && i + 1 < sql.length()) {
                char next = sql.charAt(i + 1);
                value.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> next;
                });
                i += 2;
                continue;
            }
            if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            value.append(c);
            i++;
        }
        tokens.add(new Token(Kind.STRING, sql.substring(start, i), value.toString(), start, i));
        return i;
    }

    private static int number(String sql, int start, List<Token> tokens) {
        int i = start;
        int n = sql.length();
        while (i < n && Character.isDigit(sql.charAt(i))) {
            i++;
        }
        if (i < n && sql.charAt(i) == '.' && !(i + 1 < n && sql.charAt(i + 1) == '.')) {
            i++;
            while (i < n && Character.isDigit(sql.charAt(i))) {
                i++;
            }
        }
        if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(sql.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        String text = sql.substring(start, i);
        tokens.add(new Token(Kind.NUMBER, text, text, start, i));
        return i;
    }
}
