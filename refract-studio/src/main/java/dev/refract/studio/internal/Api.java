package dev.refract.studio.internal;

import dev.refract.client.RefractClient;
import dev.refract.client.RefractException;
import dev.refract.client.RefractValidationException;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoints, over {@link RefractClient#execute}: the schema, models with row counts, one page of
 * rows with its total, and a list of staged changes saved in one transaction. Requests are checked
 * against the schema before anything runs; a failed save rolls back and names the change that failed.
 */
final class Api {
    static final int MAX_TAKE = 500;

    /** An answer with a status other than 200. */
    record Answer(int status, Object body) {
    }

    private final RefractClient client;
    private final SchemaJson schema;

    Api(RefractClient client, SchemaJson schema) {
        this.client = client;
        this.schema = schema;
    }

    Object schema() {
        return schema.json();
    }

    /** {@code {models: [{name, count}]}}: one count per model. */
    Object models() {
        List<Object> out = new ArrayList<>();
        for (Model model : schema.models()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", model.name());
            m.put("count", client.execute(model.name(), "count", Map.of()));
            out.add(m);
        }
        return Map.of("models", out);
    }

    /**
     * {@code {model, where?, orderBy?: [{field, direction}], skip?, take?}} -> {@code {rows, total}}:
     * the page (list relations as {@code _count}) and the number of rows the filter matches.
     */
    Object rows(Map<String, Object> body) {
        Requests.onlyKeys(body, "model", "where", "orderBy", "skip", "take");
        Model model = model(body.get("model"));
        Map<String, Object> where = Requests.optionalMap(body, "where");
        int skip = Requests.optionalInt(body, "skip", 0, 0, Integer.MAX_VALUE);
        int take = Requests.optionalInt(body, "take", 50, 1, MAX_TAKE);
        List<Object> orderBy = new ArrayList<>();
        for (Object o : Requests.optionalList(body, "orderBy")) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("field") instanceof String field)) {
                throw ApiError.badRequest("Each orderBy entry must be {\"field\": name, \"direction\": \"asc\"|\"desc\"}.");
            }
            Object direction = m.get("direction") == null ? "asc" : m.get("direction");
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw ApiError.badRequest("orderBy direction must be \"asc\" or \"desc\", not " + direction + ".");
            }
            ScalarField f = model.scalarField(field).filter(s -> !s.isList() && sortable(s)).orElseThrow(
                    () -> ApiError.badRequest("`" + field + "` is not a sortable field of " + model.name() + "."));
            orderBy.add(Map.of(f.name(), direction));
        }
        Map<String, Object> args = new LinkedHashMap<>();
        if (where != null) {
            args.put("where", where);
        }
        if (!orderBy.isEmpty()) {
            args.put("orderBy", orderBy);
        }
        args.put("skip", skip);
        args.put("take", take);
        Map<String, Object> include = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (RelationField r : model.relationFields()) {
            if (r.isIgnored()) {
                continue;
            }
            if (r.isList()) {
                counts.put(r.name(), true);
            } else if (r.fields().isEmpty()) {
                // the back side of a one-to-one: the related record's key, to link to it (one statement per page)
                Map<String, Object> key = new LinkedHashMap<>();
                SchemaJson.key(r.relatedModel()).forEach(f -> key.put(f.name(), true));
                include.put(r.name(), Map.of("select", key));
            }
        }
        if (!counts.isEmpty()) {
            include.put("_count", Map.of("select", counts));
        }
        if (!include.isEmpty()) {
            args.put("include", include);
        }
        try {
            Object rows = client.execute(model.name(), "findMany", args);
            Map<String, Object> countArgs = where == null ? Map.of() : Map.of("where", where);
            Object total = client.execute(model.name(), "count", countArgs);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rows", rows);
            out.put("total", total);
            return out;
        } catch (RefractValidationException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /**
     * {@code {changes: [{kind: "create"|"update"|"delete", model, key?, data?}]}}: all in one
     * transaction, in order; {@code {results}} (the records written), or 400/409 with the failing
     * change's index, Prisma's code and the reason in plain words; nothing is kept of a failed save.
     */
    Object save(Map<String, Object> body) {
        Requests.onlyKeys(body, "changes");
        List<Object> raw = Requests.optionalList(body, "changes");
        if (raw.isEmpty()) {
            throw ApiError.badRequest("`changes` must be a non-empty list.");
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            changes.add(Change.parse(schema, raw.get(i), i));
        }
        try {
            List<Object> results = client.transaction(tx -> {
                List<Object> out = new ArrayList<>();
                for (Change change : changes) {
                    try {
                        out.add(tx.execute(change.model().name(), change.action(), change.args()));
                    } catch (RefractException e) {
                        throw new Change.Failed(change, e);
                    }
                }
                return out;
            });
            return Map.of("results", results);
        } catch (Change.Failed failed) {
            RefractException e = failed.cause();
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("index", failed.change().index());
            error.put("model", failed.change().model().name());
            error.put("code", e.code());
            error.put("message", e.getMessage());
            error.put("plain", PlainWords.of(failed.change(), e));
            error.put("meta", e.meta());
            return new Answer(e instanceof RefractValidationException ? 400 : 409, Map.of("error", error));
        }
    }

    private Model model(Object name) {
        if (!(name instanceof String s)) {
            throw ApiError.badRequest("`model` must be a model name.");
        }
        return schema.model(s).orElseThrow(() -> new ApiError(404, "There is no model `" + s + "`."));
    }

    private static boolean sortable(ScalarField field) {
        if (field.type() instanceof FieldType.EnumRef) {
            return true;
        }
        return field.type() instanceof FieldType.Scalar s && s.kind() != ScalarKind.JSON && s.kind() != ScalarKind.BYTES;
    }
}
