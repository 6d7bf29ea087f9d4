package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;

/**
 * The connector Prisma validates with when the schema has no datasource (its
 * {@code EmptyDatamodelConnector}): every foreign-key referential action, implicit many-to-many
 * relations, but no named foreign keys and {@code references} in the unique criterion's own order.
 */
public final class EmptyConnector implements Connector {
    public static final EmptyConnector INSTANCE = new EmptyConnector();

    private EmptyConnector() {
    }

    /** None: there is no datasource. */
    @Override
    public Provider provider() {
        return null;
    }

    @Override
    public String displayName() {
        return "psl_core::builtin_connectors::EmptyDatamodelConnector";
    }

    @Override
    public int maxIdentifierLength() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean supportsNamedPrimaryKeys() {
        return false;
    }

    @Override
    public boolean supportsNamedForeignKeys() {
        return false;
    }

    @Override
    public boolean allowsRelationFieldsInArbitraryOrder() {
        return false;
    }
}
