package dev.refract.schema.model;

import java.util.Optional;

/** Prisma's built-in scalar types. */
public enum ScalarKind {
    STRING("String"),
    BOOLEAN("Boolean"),
    INT("Int"),
    BIG_INT("BigInt"),
    FLOAT("Float"),
    DECIMAL("Decimal"),
    DATE_TIME("DateTime"),
    JSON("Json"),
    BYTES("Bytes");

    private final String schemaName;

    ScalarKind(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name used in schemas ({@code String}, {@code DateTime}...). */
    public String schemaName() {
        return schemaName;
    }

    public boolean isNumeric() {
        return this == INT || this == BIG_INT || this == FLOAT || this == DECIMAL;
    }

    public static Optional<ScalarKind> parse(String name) {
        for (ScalarKind k : values()) {
            if (k.schemaName.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
