package dev.refract.migrate.sqlschema;

import java.util.List;

/** A database enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}); MySQL enums live on their columns. */
public record SqlEnum(String namespace, String name, List<String> values) {
    public SqlEnum {
        values = List.copyOf(values);
    }
}
