package dev.refract.schema.model;

import dev.refract.schema.ast.ModelDeclaration;

/** A composite {@code type} block. Composite types are a MongoDB feature; Refract only validates them. */
public record CompositeType(String name, ModelDeclaration declaration) {
}
