package dev.refract.dialect.sql;

/** What a dialect's syntax hooks write into while a statement renders: text, sub-expressions, parameters. */
public interface SqlWriter {

    /** Fixed SQL text (keywords, operators); never a value. */
    SqlWriter text(String sql);

    /** A sub-expression, rendered as usual. */
    SqlWriter expr(Expr e);

    /** A bound parameter ({@code ?}). */
    SqlWriter param(Object value);
}
