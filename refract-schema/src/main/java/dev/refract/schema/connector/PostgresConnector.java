package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.RelationMode;
import java.util.EnumSet;
import java.util.Set;

/** PostgreSQL. */
public class PostgresConnector implements Connector {
    static final PostgresConnector INSTANCE = new PostgresConnector();

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public String displayName() {
        return "Postgres";
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
    public Set<ReferentialAction> emulatedReferentialActions() {
        return EnumSet.of(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
    }

    /** PostgreSQL accepts {@code SET NULL} on a NOT NULL column (and fails at run time). */
    @Override
    public boolean allowsSetNullOnNonNullableFields(RelationMode mode) {
        return mode == RelationMode.FOREIGN_KEYS;
    }

    @Override
    public boolean foreignKeyNamesShareTableNamespace() {
        return true;
    }
}
