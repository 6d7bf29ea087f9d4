package dev.refract.studio.internal;

import dev.refract.client.RefractException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A database refusal in words a person fixing a row understands, naming the fields involved. */
final class PlainWords {
    private PlainWords() {
    }

    static String of(Change change, RefractException e) {
        Map<String, Object> meta = e.meta();
        String model = change.model().name();
        switch (e.code()) {
            case "P2002":
                return "Another " + model + " already has this " + names(meta.get("target"))
                        + ". It must be unique: choose a different value.";
            case "P2003":
                if (change.kind().equals("delete")) {
                    return "This " + model + " cannot be deleted: other records still refer to it ("
                            + names(meta.get("field_name")) + "). Delete or change those first.";
                }
                return "The " + names(foreignKeyFields(change, meta.get("field_name"))) + " does not point to an existing record. "
                        + "Use the key of a record that exists.";
            case "P2011":
                return "The " + names(meta.get("constraint")) + " of " + model + " cannot be empty.";
            case "P2000":
                return "The value is too long for " + names(meta.get("column_name")) + ".";
            case "P2025":
                return "This " + model + " no longer exists; it may have been deleted elsewhere. Reload the page.";
            case "P2009":
                return "A value does not fit its field: " + meta.getOrDefault("query_validation_error", e.getMessage());
            case "P2014":
                return "This change would break a required relation of " + model + ".";
            case "P2034":
                return "Another change got in the way (a write conflict). Save again.";
            default:
                return e.getMessage();
        }
    }

    /**
     * The foreign key fields an update or create refused by P2003 set: the database's own name for
     * them when it gave one (SQLite gives none), else the change's fields that belong to a relation.
     */
    private static Object foreignKeyFields(Change change, Object named) {
        boolean known = named instanceof String s && change.model().scalarField(s.split(", ")[0]).isPresent();
        if (known || change.data() == null) {
            return named;
        }
        List<String> fields = change.model().relationFields().stream()
                .flatMap(r -> r.fields().stream()).map(f -> f.name())
                .filter(change.data()::containsKey).distinct().toList();
        return fields.isEmpty() ? named : fields;
    }

    private static String names(Object value) {
        if (value instanceof Collection<?> c) {
            return c.size() == 1 ? "field " + c.iterator().next() : "fields " + String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return value == null ? "field" : "field " + value;
    }
}
