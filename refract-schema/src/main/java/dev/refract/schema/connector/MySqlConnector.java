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
    public boolean warnsOnSetDefault() {
        return true;
    }

    @Override
    public boolean foreignKeyNamesAreGlobal() {
        return true;
    }
}
