package dev.refract.dialect;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Provider;

/** PostgreSQL. */
public final class PostgresDialect implements Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public Connector connector() {
        return Connector.of(Provider.POSTGRESQL);
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public boolean supportsIlike() {
        return true;
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return true;
    }
}
