package dev.refract.schema.model;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** A model's primary key: {@code @id} on one field or {@code @@id([a, b])}; {@code map} is the constraint name when given. */
public record PrimaryKey(List<IndexField> fields, String name, String map, Boolean clustered, boolean fieldLevel,
        Span span) {
    public PrimaryKey {
        fields = List.copyOf(fields);
    }

    public boolean contains(ScalarField field) {
        return fields.stream().anyMatch(f -> f.field() == field);
    }

    public List<ScalarField> scalarFields() {
        return fields.stream().map(IndexField::field).toList();
    }

    public Optional<String> mappedName() {
        return Optional.ofNullable(map);
    }
}
