package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/**
 * The type named on a field: a scalar, model, enum or composite type name, or
 * {@code Unsupported("...")} (then {@code name} is the quoted database type and {@code unsupported} is true).
 */
public record FieldType(String name, boolean unsupported, Span span) {
    public String render() {
        return unsupported ? "Unsupported(\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\")" : name;
    }
}
