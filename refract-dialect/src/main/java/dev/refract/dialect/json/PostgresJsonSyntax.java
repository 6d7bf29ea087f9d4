package dev.refract.dialect.json;

import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.JsonSyntax;
import dev.refract.dialect.sql.SqlWriter;
import dev.refract.dialect.values.JsonText;

/**
 * PostgreSQL: values compared as {@code jsonb} ({@code json} columns are cast), paths through
 * {@code #>}/{@code #>>} with a {@code text[]} of bound segments, {@code @>} for containment,
 * {@code ->} 0 / -1 for array ends, {@code JSONB_TYPEOF} for type tests.
 */
public final class PostgresJsonSyntax implements JsonSyntax {
    public static final PostgresJsonSyntax INSTANCE = new PostgresJsonSyntax();

    private PostgresJsonSyntax() {
    }

    private static SqlWriter jsonb(SqlWriter w, Expr e) {
        if (e instanceof Expr.JsonDocument) {
            return w.expr(e);
        }
        return w.text("CAST(").expr(e).text(" AS jsonb)");
    }

    @Override
    public void path(SqlWriter w, Expr.JsonPath path) {
        w.text("(");
        jsonb(w, path.document()).text(path.asText() ? " #>> ARRAY[" : " #> ARRAY[");
        for (int i = 0; i < path.path().size(); i++) {
            if (i > 0) {
                w.text(", ");
            }
            w.param(path.path().get(i));
        }
        w.text("]::text[])");
    }

    @Override
    public void typeIs(SqlWriter w, Expr.JsonTypeIs test) {
        w.text("JSONB_TYPEOF(");
        jsonb(w, test.json()).text(") = ").param(test.type().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void equals(SqlWriter w, Expr.JsonEquals eq) {
        jsonb(w, eq.left()).text(" = ");
        jsonb(w, eq.right());
    }

    @Override
    public void contains(SqlWriter w, Expr.JsonContains contains) {
        jsonb(w, contains.document()).text(" @> ");
        jsonb(w, contains.candidate());
    }

    @Override
    public void element(SqlWriter w, Expr.JsonElement element) {
        w.text("(");
        jsonb(w, element.array()).text(" -> ").param(element.last() ? -1 : 0).text(")");
    }

    @Override
    public void document(SqlWriter w, Expr.JsonDocument document) {
        w.text("CAST(").expr(document.text()).text(" AS jsonb)");
    }

    @Override
    public void compare(SqlWriter w, Expr.JsonCompare compare) {
        jsonb(w, compare.json()).text(" ").text(compare.op().sql()).text(" CAST(")
                .param(new JsonText(JsonQuoting.scalar(compare.scalar()))).text(" AS jsonb)");
    }
}
