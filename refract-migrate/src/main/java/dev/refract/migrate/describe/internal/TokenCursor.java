package dev.refract.migrate.describe.internal;

import dev.refract.migrate.describe.internal.SqlLexer.Kind;
import dev.refract.migrate.describe.internal.SqlLexer.Token;
import java.util.List;

/** A position in a token list, for the small recursive-descent readers of the describers. */
final class TokenCursor {
    private final List<Token> tokens;
    private int position;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    int mark() {
        return position;
    }

    void reset(int mark) {
        position = mark;
    }

    boolean atEnd() {
        return position >= tokens.size();
    }

    Token peek() {
        return atEnd() ? null : tokens.get(position);
    }

    Token peek(int ahead) {
        int i = position + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    Token next() {
        return atEnd() ? null : tokens.get(position++);
    }

    boolean acceptSymbol(String symbol) {
        Token token = peek();
        if (token != null && token.isSymbol(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    boolean acceptWord(String word) {
        Token token = peek();
        if (token != null && token.isWord(word)) {
            position++;
            return true;
        }
        return false;
    }

    boolean peekName() {
        Token token = peek();
        return token != null && token.isName();
    }

    boolean peekKind(Kind kind) {
        Token token = peek();
        return token != null && token.kind() == kind;
    }
}
