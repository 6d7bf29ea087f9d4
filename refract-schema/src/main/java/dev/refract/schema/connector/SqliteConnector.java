package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ReferentialAction;
import java.util.EnumSet;
import java.util.Set;

/** SQLite, the embedded default. */
public final class SqliteConnector implements Connector {
    static final SqliteConnector INSTANCE = new SqliteConnector();

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public String displayName() {
        return "sqlite";
    }

    @Override
    public int maxIdentifierLength() {
        return 10000;
    }

    @Override
    public boolean supportsEnums() {
        return false;
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
    public boolean supportsNativeTypes() {
        return false;
    }

    @Override
    public Set<ReferentialAction> emulatedReferentialActions() {
        return EnumSet.of(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
    }
}
