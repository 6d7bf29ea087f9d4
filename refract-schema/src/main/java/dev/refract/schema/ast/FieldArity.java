package dev.refract.schema.ast;

/** Required ({@code T}), optional ({@code T?}) or list ({@code T[]}). */
public enum FieldArity {
    REQUIRED,
    OPTIONAL,
    LIST;

    public boolean isList() {
        return this == LIST;
    }

    public boolean isOptional() {
        return this == OPTIONAL;
    }

    public boolean isRequired() {
        return this == REQUIRED;
    }
}
