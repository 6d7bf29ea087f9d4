package dev.refract.schema.model;

import java.util.Optional;

/** One value of an enum; {@code mappedName} is its {@code @map} database value, if any. */
public record EnumValue(String name, String mappedName, String documentation) {
    public String databaseName() {
        return mappedName != null ? mappedName : name;
    }

    public Optional<String> explicitMappedName() {
        return Optional.ofNullable(mappedName);
    }
}
