package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;

/** PostgreSQL. */
public class PostgresConnector implements Connector {
    static final PostgresConnector INSTANCE = new PostgresConnector();

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public int maxIdentifierLength() {
        return 63;
    }

    @Override
    public boolean supportsScalarLists() {
        return true;
    }

    @Override
    public boolean supportsMultiSchema() {
        return true;
    }

    @Override
    public boolean supportsExtensions() {
        return true;
    }

    @Override
    public boolean supportsIndexAlgorithms() {
        return true;
    }

    @Override
    public boolean supportsAutoincrementOnNonId() {
        return true;
    }

    @Override
    public boolean supportsMultipleAutoincrement() {
        return true;
    }
}
