package dev.refract.migrate.describe.internal;

import dev.refract.migrate.describe.internal.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what SQLite's pragmas do not report from a {@code CREATE INDEX} statement kept in
 * {@code sqlite_master}: the text of expression columns and the {@code WHERE} predicate.
 */
public final class SqliteIndexSql {
    private SqliteIndexSql() {
    }

    /** The index's key terms as written, without {@code ASC}/{@code DESC}/{@code COLLATE}; empty when unreadable. */
    public static List<String> terms(String createIndex) {
        List<String> terms = new ArrayList<>();
        if (createIndex == null) {
            return terms;
        }
        List<Token> tokens;
        try {
            tokens = SqlLexer.tokenize(createIndex);
        } catch (IllegalArgumentException e) {
            return terms;
        }
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("ON")) {
                for (int j = i + 1; j < tokens.size(); j++) {
                    if (tokens.get(j).isSymbol("(")) {
                        open = j;
                        break;
                    }
                }
                break;
            }
        }
        if (open < 0) {
            return terms;
        }
        int depth = 0;
        int termStart = open + 1;
        for (int i = open + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")") && depth > 0) {
                depth--;
            } else if (depth == 0 && (token.isSymbol(",") || token.isSymbol(")"))) {
                terms.add(term(createIndex, tokens, termStart, i));
                termStart = i + 1;
                if (token.isSymbol(")")) {
                    break;
                }
            }
        }
        return terms;
    }

    private static String term(String sql, List<Token> tokens, int from, int to) {
        int end = to;
        while (end > from) {
            Token last = tokens.get(end - 1);
            if (last.isWord("ASC") || last.isWord("DESC")) {
                end--;
            } else if (end - 2 >= from && tokens.get(end - 2).isWord("COLLATE")) {
                end -= 2;
            } else {
                break;
            }
        }
        if (end <= from) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(end - 1).end()).trim();
    }

    /** The text after the top-level {@code WHERE}, or null when there is none. */
    public static String predicate(String createIndex) {
        if (createIndex == null) {
            return null;
        }
        List<Token> tokens;
        try {
            tokens = SqlLexer.tokenize(createIndex);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int depth = 0;
        for (Token token : tokens) {
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && token.isWord("WHERE")) {
                String predicate = createIndex.substring(token.end()).trim();
                return predicate.isEmpty() ? null : predicate;
            }
        }
        return null;
    }
}
