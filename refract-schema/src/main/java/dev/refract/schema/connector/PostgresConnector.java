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

    @Override
    public boolean supportsIndexType(String algorithm) {
        return java.util.List.of("BTree", "Hash", "Gist", "Gin", "SpGist", "Brin").contains(algorithm);
    }

    @Override
    public boolean validatesOperatorClasses() {
        return true;
    }

    @Override
    public java.util.Set<String> nativeTypesNotIndexable() {
        return java.util.Set.of("Xml");
    }

    @Override
    public boolean supportsAutoincrementNonIndexed() {
        return true;
    }

    @Override
    public boolean supportsJsonLists() {
        return true;
    }

    @Override
    public java.util.Set<ConstraintScope> constraintScopes() {
        return java.util.EnumSet.of(ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX,
                ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
    }

    @Override
    public String nativeTypeErrorName() {
        return "Postgres";
    }
}
