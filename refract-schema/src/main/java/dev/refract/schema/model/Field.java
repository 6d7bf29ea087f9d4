package dev.refract.schema.model;

import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.diagnostics.Span;

/** A field of a model: a {@link ScalarField} (a column) or a {@link RelationField} (a link to another model). */
public abstract sealed class Field permits ScalarField, RelationField {
    private final Model model;
    private final String name;
    private final FieldArity arity;
    private final String documentation;
    private final Span span;
    boolean ignored;

    Field(Model model, String name, FieldArity arity, String documentation, Span span) {
        this.model = model;
        // interned: records are maps keyed by these names, looked up by identity first (generated code's literals)
        this.name = name.intern();
        this.arity = arity;
        this.documentation = documentation;
        this.span = span;
    }

    public Model model() {
        return model;
    }

    public String name() {
        return name;
    }

    public FieldArity arity() {
        return arity;
    }

    public boolean isList() {
        return arity.isList();
    }

    public boolean isOptional() {
        return arity.isOptional();
    }

    public boolean isRequired() {
        return arity.isRequired();
    }

    /** The {@code ///} documentation, or null. */
    public String documentation() {
        return documentation;
    }

    /** {@code @ignore}: the field is not part of the client API. */
    public boolean isIgnored() {
        return ignored;
    }

    public Span span() {
        return span;
    }

    @Override
    public String toString() {
        return model.name() + "." + name;
    }
}
