package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.introspect.IntrospectionWarning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Collects warnings while a schema is introspected; they come out in Prisma's order, worded as Prisma words them. */
public final class Warnings {

    /** The kinds Refract produces, in the order Prisma prints them. */
    enum Kind {
        FIELDS_WITH_EMPTY_NAMES("These fields were commented out because their names are currently not supported by"
                + " Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:"),
        REMAPPED_FIELDS("These fields were enriched with `@map` information taken from the previous Prisma schema:"),
        ENUM_VALUES_WITH_EMPTY_NAMES("These enum values were commented out because their names are currently not"
                + " supported by Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map`"
                + " attribute:"),
        MODELS_WITHOUT_COLUMNS("The following models were commented out as we could not retrieve columns for them."
                + " Please check your privileges:"),
        MODELS_WITHOUT_IDENTIFIERS("The following models were ignored as they do not have a valid unique identifier"
                + " or id. This is currently not supported by Prisma Client:"),
        REINTROSPECTED_ID_NAMES("These models were enriched with custom compound id names taken from the previous"
                + " Prisma schema:"),
        UNSUPPORTED_TYPES("These fields are not supported by Prisma Client, because Prisma currently does not support"
                + " their types:"),
        REMAPPED_MODELS("These models were enriched with `@@map` information taken from the previous Prisma schema:"),
        REMAPPED_VALUES("These enum values were enriched with `@map` information taken from the previous Prisma"
                + " schema:"),
        REMAPPED_ENUMS("These enums were enriched with `@@map` information taken from the previous Prisma schema:"),
        REINTROSPECTED_RELATIONS("Relations were copied from the previous data model due to not using foreign keys in"
                + " the database. If any of the relation columns changed in the database, the relations might not be"
                + " correct anymore:"),
        DUPLICATE_NAMES("These items were renamed due to their names being duplicates in the Prisma schema:"),
        OBJECTS_WITH_COMMENTS("These objects have comments defined in the database, which is not yet fully"
                + " supported. Read more: https://pris.ly/d/database-comments"),
        EXPRESSION_INDEXES("These indexes are not supported by Prisma Client, because Prisma currently does not fully"
                + " support expression indexes. Read more: https://pris.ly/d/expression-indexes"),
        /** Refract's own: Prisma renders these with {@code where: raw(...)} behind its partialIndexes preview. */
        PARTIAL_INDEXES("These partial indexes were left out of the schema, because Refract does not support"
                + " `where:` on indexes (Prisma's partialIndexes preview feature); migrations leave them alone:");

        private final String message;

        Kind(String message) {
            this.message = message;
        }
    }

    private final Map<Kind, List<String>> items = new EnumMap<>(Kind.class);
    /** Fields with empty names, grouped by model as Prisma lists them. */
    private final Map<String, TreeSet<String>> emptyFieldNames = new TreeMap<>();

    void add(Kind kind, String item) {
        items.computeIfAbsent(kind, k -> new ArrayList<>()).add(item);
    }

    void model(Kind kind, String model) {
        add(kind, quoted(model));
    }

    void modelField(Kind kind, String model, String field) {
        add(kind, "Model: " + quoted(model) + ", field: " + quoted(field));
    }

    void modelConstraint(Kind kind, String model, String constraint) {
        add(kind, "Model: " + quoted(model) + ", constraint: " + quoted(constraint));
    }

    void enumValue(Kind kind, String enumName, String value) {
        add(kind, "Enum: " + quoted(enumName) + ", value: " + quoted(value));
    }

    void object(String type, String name) {
        add(Kind.OBJECTS_WITH_COMMENTS, "Type: " + quoted(type) + ", name: " + quoted(name));
    }

    void duplicate(String type, String name) {
        add(Kind.DUPLICATE_NAMES, "Type: " + quoted(type) + ", name: " + quoted(name));
    }

    void unsupported(String model, String field, String type) {
        add(Kind.UNSUPPORTED_TYPES, "Model: " + quoted(model) + ", field: " + quoted(field)
                + ", original data type: " + quoted(type));
    }

    void emptyFieldName(String model, String field) {
        emptyFieldNames.computeIfAbsent(model, m -> new TreeSet<>()).add(field);
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** The warnings in Prisma's order. */
    public List<IntrospectionWarning> toList() {
        List<IntrospectionWarning> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<String> list;
            if (kind == Kind.FIELDS_WITH_EMPTY_NAMES) {
                list = new ArrayList<>();
                for (var e : emptyFieldNames.entrySet()) {
                    list.add("Model: " + quoted(e.getKey()) + ", field(s): ["
                            + String.join(", ", e.getValue().stream().map(Warnings::quoted).toList()) + "]");
                }
            } else {
                list = items.getOrDefault(kind, List.of());
            }
            if (!list.isEmpty()) {
                out.add(new IntrospectionWarning(kind.message, list));
            }
        }
        return out;
    }
}
