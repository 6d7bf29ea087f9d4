package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;

/** MySQL and MariaDB. */
public final class MySqlConnector implements Connector {
    static final MySqlConnector INSTANCE = new MySqlConnector();

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public String displayName() {
        return "MySQL";
    }

    @Override
    public boolean supportsMultiSchema() {
        return true;
    }

    @Override
    public boolean supportsNamedPrimaryKeys() {
        return false;
    }

    @Override
    public boolean supportsFullTextIndex() {
        return true;
    }

    @Override
    public boolean supportsIndexColumnLength() {
        return true;
    }

    @Override
    public boolean supportsAutoincrementOnNonId() {
        return true;
    }

    @Override
    public boolean supportsShardKeys() {
        return true;
    }

    @Override
    public java.util.Set<String> nativeTypesRequiringIndexLength() {
        return java.util.Set.of("Text", "LongText", "MediumText", "TinyText", "Blob", "TinyBlob", "MediumBlob",
                "LongBlob");
    }

    @Override
    public boolean supportsMultipleFullTextIndexesPerModel() {
        return true;
    }

    @Override
    public boolean warnsOnForeignKeySetDefault() {
        return true;
    }

    @Override
    public java.util.Set<ConstraintScope> constraintScopes() {
        return java.util.EnumSet.of(ConstraintScope.GLOBAL_FOREIGN_KEY, ConstraintScope.MODEL_KEY_INDEX);
    }
}
