package dev.refract.dialect.sql;

/** A table in FROM, UPDATE, INSERT INTO or DELETE FROM: optional schema, name, optional alias. */
public record TableRef(String schema, String name, String alias) {
    public static TableRef of(String name) {
        return new TableRef(null, name, null);
    }

    public TableRef as(String newAlias) {
        return new TableRef(schema, name, newAlias);
    }
}
