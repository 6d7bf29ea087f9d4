package dev.refract.schema.connector;

import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ScalarKind;
import java.util.List;
import java.util.Optional;

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
    public List<NativeTypeConstructor> nativeTypes() {
        return MySqlNativeTypes.CATALOG;
    }

    /** Prisma's MySQL rules: Decimal precision 1..65 and scale 0..30, Bit 1..64 (only Bit(1) as Boolean), Char/VarChar lengths. */
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
                    if (precision > 65) {
                        return NativeTypeErrors.outOfRange(this, type, "Precision can range from 1 to 65.");
                    }
                    if (scale > 30) {
                        return NativeTypeErrors.outOfRange(this, type, "Scale can range from 0 to 30.");
                    }
                }
            }
            case "Bit" -> {
                long length = type.argument(0).orElse(1);
                if (length == 0 || length > 64) {
                    return NativeTypeErrors.outOfRange(this, type, "M can range from 1 to 64.");
                }
                if (length > 1 && scalar == ScalarKind.BOOLEAN) {
                    return NativeTypeErrors.outOfRange(this, type, "only Bit(1) can be used as Boolean.");
                }
            }
            case "Char" -> {
                if (type.argument(0).orElse(0) > 255) {
                    return NativeTypeErrors.outOfRange(this, type, "M can range from 0 to 255.");
                }
            }
            case "VarChar" -> {
                if (type.argument(0).orElse(0) > 65535) {
                    return NativeTypeErrors.outOfRange(this, type, "M can range from 0 to 65,535.");
                }
            }
            default -> {
                // no range rules
            }
        }
        return Optional.empty();
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
    public java.util.Set<ConstraintScope> constraintScopes() {
        return java.util.EnumSet.of(ConstraintScope.GLOBAL_FOREIGN_KEY, ConstraintScope.MODEL_KEY_INDEX);
    }

    @Override
    public boolean warnsOnSetDefault() {
        return true;
    }

    @Override
    public boolean foreignKeyNamesAreGlobal() {
        return true;
    }

    @Override
    public boolean supportsJsonFiltering() {
        return true;
    }
}
