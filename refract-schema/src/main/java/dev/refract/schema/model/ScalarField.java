package dev.refract.schema.model;

import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.diagnostics.Span;
import java.util.Optional;

/** A field stored in a column of its model's table. */
public final class ScalarField extends Field {
    private final FieldType type;
    String databaseName;
    DefaultValue defaultValue;
    NativeType nativeType;
    boolean updatedAt;

    public ScalarField(Model model, String name, FieldType type, FieldArity arity, String documentation, Span span) {
        super(model, name, arity, documentation, span);
        this.type = type;
    }

    public FieldType type() {
        return type;
    }

    /** The column name: {@code @map} when given, else the field name. */
    public String databaseName() {
        return databaseName != null ? databaseName : name();
    }

    /** The explicit {@code @map} name, if any. */
    public Optional<String> mappedName() {
        return Optional.ofNullable(databaseName);
    }

    public Optional<DefaultValue> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public Optional<NativeType> nativeType() {
        return Optional.ofNullable(nativeType);
    }

    /** {@code @updatedAt}: set to the current time on every update. */
    public boolean isUpdatedAt() {
        return updatedAt;
    }

    /** Part of the model's primary key. */
    public boolean isId() {
        return model().primaryKey().map(pk -> pk.contains(this)).orElse(false);
    }

    public boolean isAutoincrement() {
        return defaultValue != null && defaultValue.isFunction("autoincrement");
    }

    public boolean isEnum() {
        return type instanceof FieldType.EnumRef;
    }

    public boolean isUnsupported() {
        return type instanceof FieldType.Unsupported;
    }

    /** Builder access for the resolver; the model is read-only once validation finishes. */
    public void setDatabaseName(String name) {
        this.databaseName = name;
    }

    public void setDefaultValue(DefaultValue value) {
        this.defaultValue = value;
    }

    public void setNativeType(NativeType nativeType) {
        this.nativeType = nativeType;
    }

    public void setUpdatedAt(boolean updatedAt) {
        this.updatedAt = updatedAt;
    }

    public void setIgnored(boolean ignored) {
        this.ignored = ignored;
    }
}
