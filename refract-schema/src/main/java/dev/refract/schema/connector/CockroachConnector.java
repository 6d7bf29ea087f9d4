package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.RelationMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    /** CockroachDB's own catalog; the argument range rules are PostgreSQL's (inherited). */
    @Override
    public List<NativeTypeConstructor> nativeTypes() {
        return CockroachNativeTypes.CATALOG;
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

    @Override
    public Set<ReferentialAction> emulatedReferentialActions() {
        return EnumSet.of(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION,
                ReferentialAction.CASCADE);
    }

    @Override
    public boolean allowsSetNullOnNonNullableFields(RelationMode mode) {
        return false;
    }
}
