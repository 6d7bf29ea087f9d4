package dev.refract.schema.model;

import java.util.Optional;

/** {@code onDelete} / {@code onUpdate} actions. */
public enum ReferentialAction {
    CASCADE("Cascade"),
    RESTRICT("Restrict"),
    NO_ACTION("NoAction"),
    SET_NULL("SetNull"),
    SET_DEFAULT("SetDefault");

    private final String schemaName;

    ReferentialAction(String schemaName) {
        this.schemaName = schemaName;
    }

    public String schemaName() {
        return schemaName;
    }

    public static Optional<ReferentialAction> parse(String name) {
        for (ReferentialAction a : values()) {
            if (a.schemaName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
