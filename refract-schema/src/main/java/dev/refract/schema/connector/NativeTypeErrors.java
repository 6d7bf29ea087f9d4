package dev.refract.schema.connector;

import dev.refract.schema.model.NativeType;
import java.util.Optional;

/** Prisma's wording for native type argument range errors, shared by the connectors' checks. */
final class NativeTypeErrors {
    private NativeTypeErrors() {
    }

    static Optional<String> outOfRange(Connector connector, NativeType type, String message) {
        return Optional.of("Argument M is out of range for native type `" + type.render() + "` of "
                + connector.displayName() + ": " + message);
    }

    static Optional<String> scaleLargerThanPrecision(Connector connector, NativeType type) {
        return Optional.of("The scale must not be larger than the precision for the " + type.render()
                + " native type in " + connector.displayName() + ".");
    }
}
