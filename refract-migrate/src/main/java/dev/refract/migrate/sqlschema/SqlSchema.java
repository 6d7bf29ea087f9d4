package dev.refract.migrate.sqlschema;

import java.util.List;
import java.util.Optional;

/**
 * A database schema as SQL sees it: what a live database is described into, what a Prisma schema
 * is calculated into, and what the differ compares. Table order is not significant; lists are kept
 * sorted by name by whoever builds them so that output is deterministic.
 */
public record SqlSchema(List<String> namespaces, List<Table> tables, List<SqlEnum> enums, List<Extension> extensions) {

    public static final SqlSchema EMPTY = new SqlSchema(List.of(), List.of(), List.of(), List.of());

    public SqlSchema {
        namespaces = List.copyOf(namespaces);
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        extensions = List.copyOf(extensions);
    }

    public Optional<Table> table(String namespace, String name) {
        return tables.stream()
                .filter(t -> t.name().equals(name) && java.util.Objects.equals(t.namespace(), namespace))
                .findFirst();
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<SqlEnum> sqlEnum(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
