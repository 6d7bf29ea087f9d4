package dev.refract.migrate.calculate;

import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Schema;
import java.util.List;

/**
 * Where tables and enums live. Without a datasource {@code schemas} list everything is in the
 * connection's default schema and namespaces are null; with several ({@code multiSchema}), every
 * table and enum carries its {@code @@schema} and {@link #all()} lists the declared schemas, sorted.
 * A list of one schema is spelled like no list: Prisma's SQL does not qualify names then (its
 * renderer qualifies only when there are several namespaces), and a database described in that one
 * schema has null namespaces too.
 */
final class Namespaces {
    private final List<String> declared;

    private Namespaces(List<String> declared) {
        this.declared = declared;
    }

    static Namespaces of(Schema schema) {
        List<String> declared = schema.datasource().map(Datasource::schemas).orElse(List.of());
        return new Namespaces(declared.stream().distinct().sorted().toList());
    }

    boolean qualified() {
        return declared.size() > 1;
    }

    /** The declared schemas, sorted by name; empty without {@code multiSchema} or with one schema. */
    List<String> all() {
        return qualified() ? declared : List.of();
    }

    String of(Model model) {
        return qualified() ? model.schemaName().orElse(null) : null;
    }

    String of(Enum e) {
        return qualified() ? e.schemaName().orElse(null) : null;
    }
}
