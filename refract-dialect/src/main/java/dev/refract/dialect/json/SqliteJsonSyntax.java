package dev.refract.dialect.json;

import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.JsonSyntax;
import dev.refract.dialect.sql.SqlWriter;

/**
 * SQLite stores Json as text (as Prisma does): documents compare after {@code json()} minifies both
 * sides (object key order still matters); filters inside documents are not offered, as in Prisma.
 */
public final class SqliteJsonSyntax implements JsonSyntax {
    public static final SqliteJsonSyntax INSTANCE = new SqliteJsonSyntax();

    private SqliteJsonSyntax() {
    }

    @Override
    public void equals(SqlWriter w, Expr.JsonEquals eq) {
        w.text("json(").expr(eq.left()).text(") = json(").expr(eq.right()).text(")");
    }

    @Override
    public void document(SqlWriter w, Expr.JsonDocument document) {
        w.expr(document.text());
    }
}
