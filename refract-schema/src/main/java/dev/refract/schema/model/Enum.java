package dev.refract.schema.model;

import dev.refract.schema.ast.EnumDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An enum after resolution: values with their database names, {@code @@map} and {@code @@schema}. */
public final class Enum {
    private final String name;
    private final EnumDeclaration declaration;
    final List<EnumValue> values = new ArrayList<>();
    String databaseName;
    String schemaName;

    public Enum(String name, EnumDeclaration declaration) {
        this.name = name;
        this.declaration = declaration;
    }

    public String name() {
        return name;
    }

    public EnumDeclaration declaration() {
        return declaration;
    }

    public String documentation() {
        return declaration.documentation();
    }

    public List<EnumValue> values() {
        return List.copyOf(values);
    }

    public String databaseName() {
        return databaseName != null ? databaseName : name;
    }

    public Optional<String> mappedName() {
        return Optional.ofNullable(databaseName);
    }

    public Optional<String> schemaName() {
        return Optional.ofNullable(schemaName);
    }

    public void addValue(EnumValue value) {
        values.add(value);
    }

    public void replaceValue(int index, EnumValue value) {
        values.set(index, value);
    }

    public void setDatabaseName(String databaseName) {
        this.databaseName = databaseName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @Override
    public String toString() {
        return name;
    }
}
