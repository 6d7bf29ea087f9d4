package dev.refract.dialect.sql;

/**
 * A table in FROM, UPDATE, INSERT INTO or DELETE FROM: optional schema, name, optional alias; or,
 * in FROM, a derived table ({@code (SELECT ...) AS alias}) when {@link #subquery()} is set.
 */
public record TableRef(String schema, String name, String alias, Select subquery) {

    public TableRef(String schema, String name, String alias) {
        this(schema, name, alias, null);
    }

    public static TableRef of(String name) {
        return new TableRef(null, name, null);
    }

    /** {@code (select) AS alias}: a derived table; every database wants the alias. */
    public static TableRef derived(Select select, String alias) {
        return new TableRef(null, null, java.util.Objects.requireNonNull(alias, "alias"), select);
    }

    public TableRef as(String newAlias) {
        return new TableRef(schema, name, newAlias, subquery);
    }
}
