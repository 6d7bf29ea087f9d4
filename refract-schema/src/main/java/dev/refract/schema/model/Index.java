package dev.refract.schema.model;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/**
 * A unique constraint ({@code @unique}, {@code @@unique}), a normal index ({@code @@index}) or a
 * fulltext index ({@code @@fulltext}). {@code name} is the client-side name ({@code name:}), {@code map}
 * the database name when given; {@code algorithm} the index type ({@code Hash}, {@code Gin}...), or null.
 */
public record Index(Kind kind, List<IndexField> fields, String name, String map, String algorithm, Boolean clustered,
        boolean fieldLevel, Span span) {

    public enum Kind {
        UNIQUE,
        NORMAL,
        FULLTEXT
    }

    public Index {
        fields = List.copyOf(fields);
    }

    public boolean isUnique() {
        return kind == Kind.UNIQUE;
    }

    public Optional<String> mappedName() {
        return Optional.ofNullable(map);
    }

    public List<ScalarField> scalarFields() {
        return fields.stream().map(IndexField::field).toList();
    }
}
