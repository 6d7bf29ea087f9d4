package dev.refract.schema.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * A native database type from an attribute such as {@code @db.VarChar(255)}: its name (without the
 * datasource prefix) and arguments as written. Once the schema validated, every argument is a
 * non-negative integer (a length, a precision, a scale...), readable with {@link #argument(int)}.
 */
public record NativeType(String name, List<String> arguments) {
    public NativeType {
        arguments = List.copyOf(arguments);
    }

    /** The argument at {@code index} as an integer, if present and numeric. */
    public OptionalLong argument(int index) {
        if (index >= arguments.size()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(arguments.get(index).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The native type as Prisma renders it in messages: {@code Decimal(10,2)}, {@code Text}. */
    public String render() {
        return arguments.isEmpty() ? name : name + "(" + String.join(",", arguments) + ")";
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? name : name + "(" + String.join(", ", arguments) + ")";
    }
}
