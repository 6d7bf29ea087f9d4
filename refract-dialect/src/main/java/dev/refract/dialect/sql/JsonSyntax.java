package dev.refract.dialect.sql;

/**
 * How one database spells the JSON expressions of {@link Expr.JsonExpr}: path extraction, type tests,
 * equality, containment, array ends and comparisons. {@link #NONE} refuses everything; which filters
 * a database offers is the schema connector's {@code supportsJsonFiltering()}.
 */
public interface JsonSyntax {

    /** A database without JSON functions. */
    JsonSyntax NONE = new JsonSyntax() {
    };

    default void path(SqlWriter w, Expr.JsonPath path) {
        throw unsupported("JSON paths");
    }

    default void typeIs(SqlWriter w, Expr.JsonTypeIs test) {
        throw unsupported("JSON type tests");
    }

    default void equals(SqlWriter w, Expr.JsonEquals eq) {
        throw unsupported("JSON equality");
    }

    default void contains(SqlWriter w, Expr.JsonContains contains) {
        throw unsupported("JSON containment");
    }

    default void element(SqlWriter w, Expr.JsonElement element) {
        throw unsupported("JSON array elements");
    }

    default void document(SqlWriter w, Expr.JsonDocument document) {
        throw unsupported("JSON parameters");
    }

    default void compare(SqlWriter w, Expr.JsonCompare compare) {
        throw unsupported("JSON comparisons");
    }

    /** Renders any JSON expression through the methods above. */
    default void render(SqlWriter w, Expr.JsonExpr e) {
        if (e instanceof Expr.JsonPath p) {
            path(w, p);
        } else if (e instanceof Expr.JsonTypeIs t) {
            typeIs(w, t);
        } else if (e instanceof Expr.JsonEquals q) {
            equals(w, q);
        } else if (e instanceof Expr.JsonContains c) {
            contains(w, c);
        } else if (e instanceof Expr.JsonElement el) {
            element(w, el);
        } else if (e instanceof Expr.JsonDocument d) {
            document(w, d);
        } else {
            compare(w, (Expr.JsonCompare) e);
        }
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " are not supported by this database");
    }
}
