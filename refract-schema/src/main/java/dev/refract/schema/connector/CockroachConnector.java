package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;

/** CockroachDB: PostgreSQL-compatible; validated by Refract, not yet served at run time. */
public final class CockroachConnector extends PostgresConnector {
    static final CockroachConnector INSTANCE = new CockroachConnector();

    @Override
    public Provider provider() {
        return Provider.COCKROACHDB;
    }

    @Override
    public String displayName() {
        return "CockroachDB";
    }

    @Override
    public boolean supportsExtensions() {
        return false;
    }

    @Override
    public boolean supportsIndexType(String algorithm) {
        return algorithm.equals("BTree") || algorithm.equals("Gin");
    }

    @Override
    public boolean validatesOperatorClasses() {
        return false;
    }
}
