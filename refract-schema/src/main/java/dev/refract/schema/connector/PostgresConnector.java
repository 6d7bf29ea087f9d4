package dev.refract.schema.connector;

import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.RelationMode;
import dev.refract.schema.model.ScalarKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
    public List<NativeTypeConstructor> nativeTypes() {
        return PostgresNativeTypes.CATALOG;
    }

    /** Prisma's PostgreSQL (and CockroachDB) rules: precision 1..1000, scale up to precision, bits > 0, time precision 0..6. */
    @Override
    public Optional<String> nativeTypeArgumentsError(NativeType type, ScalarKind scalar) {
        switch (type.name()) {
            case "Decimal" -> {
                if (type.arguments().size() == 2) {
                    long precision = type.argument(0).orElse(0);
                    long scale = type.argument(1).orElse(0);
                    if (scale > precision) {
                        return NativeTypeErrors.scaleLargerThanPrecision(this, type);
                    }
                    if (precision > 1000 || precision == 0) {
                        return NativeTypeErrors.outOfRange(this, type, "Precision must be positive with a maximum value of 1000.");
                    }
                }
            }
            case "Bit", "VarBit" -> {
                if (type.argument(0).orElse(-1) == 0) {
                    return NativeTypeErrors.outOfRange(this, type, "M must be a positive integer.");
                }
            }
            case "Timestamp", "Timestamptz", "Time", "Timetz" -> {
                if (type.argument(0).orElse(0) > 6) {
                    return NativeTypeErrors.outOfRange(this, type, "M can range from 0 to 6.");
                }
            }
            default -> {
                // no range rules
            }
        }
        return Optional.empty();
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

    @Override
    public boolean supportsJsonFiltering() {
        return true;
    }
}
