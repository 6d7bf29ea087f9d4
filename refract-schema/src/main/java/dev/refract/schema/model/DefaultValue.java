package dev.refract.schema.model;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * A field's {@code @default}: a literal (string, number, boolean, enum value, or a list of those for
 * scalar lists), or a function such as {@code autoincrement()}, {@code now()}, {@code uuid(7)},
 * {@code cuid(2)}, {@code nanoid(16)}, {@code ulid()}, {@code dbgenerated("...")}.
 * {@code mappedName} is the {@code map:} argument (the default constraint name), or null.
 */
public sealed interface DefaultValue {
    String mappedName();

    Span span();

    /** A literal value. {@code value} is a String, a java.math.BigDecimal, a Boolean, an enum value name (String) or a List of those. */
    record Literal(Object value, String mappedName, Span span) implements DefaultValue {
    }

    /** A function call; {@code arguments} are the literal arguments (Integer for numbers, String for strings). */
    record Function(String name, List<Object> arguments, String mappedName, Span span) implements DefaultValue {
        public Function {
            arguments = List.copyOf(arguments);
        }

        public boolean is(String functionName) {
            return name.equals(functionName);
        }
    }

    default boolean isFunction(String functionName) {
        return this instanceof Function f && f.name().equals(functionName);
    }
}
