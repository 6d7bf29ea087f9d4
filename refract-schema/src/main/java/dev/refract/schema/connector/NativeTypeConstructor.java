package dev.refract.schema.connector;

import dev.refract.schema.model.ScalarKind;
import java.util.List;

/**
 * One entry of a connector's native type catalog ({@code @db.VarChar(255)}): the name as written
 * after the datasource prefix, the shape of its arguments and the Prisma scalar types it may annotate
 * (in Prisma's order, which messages use).
 * The catalogs are data, one list per connector, mirroring Prisma's {@code native_types.rs}.
 */
public record NativeTypeConstructor(String name, Arguments arguments, List<ScalarKind> scalarTypes) {

    /** The argument shapes Prisma's native types use. */
    public enum Arguments {
        /** No arguments: {@code Text}. */
        NONE(0, 0, null),
        /** One required non-negative integer: MySQL {@code VarChar(191)}. */
        ONE(1, 0, "a nonnegative integer"),
        /** One optional non-negative integer: PostgreSQL {@code VarChar} or {@code VarChar(10)}. */
        OPTIONAL_ONE(0, 1, "a nonnegative integer"),
        /** Optional precision and scale: {@code Decimal} or {@code Decimal(10, 2)}. */
        OPTIONAL_TWO(0, 2, "two nonnegative integers");

        private final int required;
        private final int optional;
        private final String description;

        Arguments(int required, int optional, String description) {
            this.required = required;
            this.optional = optional;
            this.description = description;
        }

        public int required() {
            return required;
        }

        public int optional() {
            return optional;
        }

        /** What the arguments must look like, as Prisma words it in "Expected ..., but found ...". */
        public String description() {
            return description;
        }
    }

    public NativeTypeConstructor {
        scalarTypes = List.copyOf(scalarTypes);
    }

    static NativeTypeConstructor of(String name, Arguments arguments, ScalarKind... scalarTypes) {
        return new NativeTypeConstructor(name, arguments, List.of(scalarTypes));
    }
}
