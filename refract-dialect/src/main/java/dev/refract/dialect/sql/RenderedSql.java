package dev.refract.dialect.sql;

import java.util.List;

/** SQL text with {@code ?} placeholders and the values to bind to them, in order. */
public record RenderedSql(String sql, List<Object> parameters) {
    public RenderedSql {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
