package dev.refract.schema.model;

import java.util.List;

/** A native database type from an attribute such as {@code @db.VarChar(255)}: its name and arguments as written. */
public record NativeType(String name, List<String> arguments) {
    public NativeType {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? name : name + "(" + String.join(", ", arguments) + ")";
    }
}
