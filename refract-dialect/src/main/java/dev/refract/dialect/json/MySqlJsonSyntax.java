package dev.refract.dialect.json;

import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.JsonSyntax;
import dev.refract.dialect.sql.SqlWriter;
import java.util.List;

/**
 * MySQL and MariaDB (whose JSON is text): {@code JSON_EXTRACT} with a bound {@code $."key"[0]} path,
 * {@code JSON_UNQUOTE} for text, {@code JSON_TYPE} for type tests, {@code JSON_CONTAINS} for
 * containment, and equality as containment both ways (so arrays with the same elements in another
 * order, or repeated, also compare equal: MariaDB has no JSON equality that MySQL shares).
 * Numbers compare as numbers with a bound number, strings as unquoted text.
 */
public final class MySqlJsonSyntax implements JsonSyntax {
    public static final MySqlJsonSyntax INSTANCE = new MySqlJsonSyntax();

    private MySqlJsonSyntax() {
    }

    /** {@code $."a"."b"[0]}: keys quoted, all-digit segments as array indexes. */
    public static String pathText(List<String> segments) {
        StringBuilder out = new StringBuilder("$");
        for (String s : segments) {
            if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
                out.append('[').append(s).append(']');
            } else {
                out.append('.').append(JsonQuoting.quote(s));
            }
        }
        return out.toString();
    }

    @Override
    public void path(SqlWriter w, Expr.JsonPath path) {
        w.text(path.asText() ? "JSON_UNQUOTE(JSON_EXTRACT(" : "JSON_EXTRACT(").expr(path.document()).text(", ")
                .param(pathText(path.path())).text(path.asText() ? "))" : ")");
    }

    @Override
    public void typeIs(SqlWriter w, Expr.JsonTypeIs test) {
        w.text("JSON_TYPE(").expr(test.json()).text(")");
        if (test.type() == Expr.JsonType.NUMBER) {
            w.text(" IN (").param("INTEGER").text(", ").param("UNSIGNED INTEGER").text(", ").param("DOUBLE")
                    .text(", ").param("DECIMAL").text(")");
        } else {
            w.text(" = ").param(test.type().name());
        }
    }

    @Override
    public void equals(SqlWriter w, Expr.JsonEquals eq) {
        w.text("(JSON_CONTAINS(").expr(eq.left()).text(", ").expr(eq.right()).text(") AND JSON_CONTAINS(")
                .expr(eq.right()).text(", ").expr(eq.left()).text("))");
    }

    @Override
    public void contains(SqlWriter w, Expr.JsonContains contains) {
        w.text("JSON_CONTAINS(").expr(contains.document()).text(", ").expr(contains.candidate()).text(")");
    }

    @Override
    public void element(SqlWriter w, Expr.JsonElement element) {
        w.text("JSON_EXTRACT(").expr(element.array()).text(", ");
        if (element.last()) {
            w.text("CONCAT(").param("$[").text(", JSON_LENGTH(").expr(element.array()).text(") - 1, ").param("]").text(")");
        } else {
            w.param("$[0]");
        }
        w.text(")");
    }

    @Override
    public void document(SqlWriter w, Expr.JsonDocument document) {
        w.expr(document.text());
    }

    @Override
    public void compare(SqlWriter w, Expr.JsonCompare compare) {
        if (compare.scalar() instanceof String) {
            w.text("JSON_UNQUOTE(").expr(compare.json()).text(")");
        } else {
            w.expr(compare.json());
        }
        w.text(" ").text(compare.op().sql()).text(" ").param(compare.scalar());
    }
}
