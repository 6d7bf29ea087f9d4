package dev.refract.codegen;

/**
 * How schema names become Java names; replace it to rename generated types or members (as jOOQ's
 * generator strategies do). Derived type names ({@code UserWhere}...) append a suffix to
 * {@link #typeName}.
 */
public interface NamingStrategy {

    /** The Java type of a model or enum: {@code user} -> {@code User}. */
    String typeName(String schemaName);

    /** A field's record component, builder method and constant: a valid, non-reserved identifier. */
    String memberName(String fieldName);

    /** The client facade's accessor of a model's delegate: {@code User} -> {@code user}. */
    String delegateAccessor(String modelName);

    /** An enum constant. */
    String enumConstant(String valueName);

    static NamingStrategy defaults() {
        return new DefaultNamingStrategy();
    }
}
