package dev.refract.schema.format;

import dev.refract.schema.ast.Field;

/**
 * The type column of a field as Prisma's formatter writes it, read from the source after the
 * field name: the base type as written ({@code Unsupported("...")} keeps its quoting), then
 * {@code ?}, {@code []} or {@code []?}. Legacy spellings are rewritten: {@code Type!} becomes
 * {@code Type}, {@code [Type]} becomes {@code Type[]}, and a legacy colon before the type is dropped.
 */
final class FieldTypeText {
    private final String text;
    private int pos;

    private FieldTypeText(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    /** The rendered type, or an empty string when the field has none. */
    static String of(Field field, String source) {
        int start = field.name().span().end();
        if (start > source.length()) {
            return "";
        }
        return new FieldTypeText(source, start).render();
    }

    private String render() {
        skipWhitespace();
        if (peek() == ':') {
            pos++;
            skipWhitespace();
        }
        int baseStart = pos;
        int baseEnd = baseType(baseStart);
        if (baseEnd >= 0) {
            String base = text.substring(baseStart, baseEnd);
            pos = baseEnd;
            skipWhitespace();
            if (text.startsWith("[]", pos)) {
                pos += 2;
                skipWhitespace();
                return peek() == '?' ? base + "[]?" : base + "[]";
            }
            if (peek() == '?') {
                return base + "?";
            }
            return base; // plain, or the legacy `Type!`
        }
        if (peek() == '[') {
            pos++;
            skipWhitespace();
            int innerStart = pos;
            int innerEnd = baseType(innerStart);
            if (innerEnd >= 0) {
                pos = innerEnd;
                skipWhitespace();
                if (peek() == ']') {
                    return text.substring(innerStart, innerEnd) + "[]";
                }
            }
        }
        return "";
    }

    /** {@code Unsupported("...") | identifier} starting at {@code at}; the end offset, or -1. */
    private int baseType(int at) {
        int saved = pos;
        try {
            pos = at;
            if (text.startsWith("Unsupported(", pos)) {
                pos += "Unsupported(".length();
                skipWhitespace();
                if (stringLiteral()) {
                    skipWhitespace();
                    if (peek() == ')') {
                        return pos + 1;
                    }
                }
                pos = at;
            }
            return identifier() ? pos : -1;
        } finally {
            pos = saved;
        }
    }

    private boolean stringLiteral() {
        if (peek() != '"') {
            return false;
        }
        pos++;
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == '\\' && pos + 1 < text.length()) {
                pos += 2;
            } else if (ch == '"') {
                pos++;
                return true;
            } else if (ch < 0x20) {
                return false;
            } else {
                pos++;
            }
        }
        return false;
    }

    /** ASCII letters and digits or Unicode letters, then also {@code _} and {@code -}. */
    private boolean identifier() {
        if (pos >= text.length() || !isIdentifierChar(text.codePointAt(pos))) {
            return false;
        }
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (isIdentifierChar(cp) || cp == '_' || cp == '-') {
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        return true;
    }

    private static boolean isIdentifierChar(int cp) {
        return cp < 128 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                : Character.isLetter(cp);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length() && Whitespace.isGrammarWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
