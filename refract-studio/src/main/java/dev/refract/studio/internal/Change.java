package dev.refract.studio.internal;

import dev.refract.client.RefractException;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One staged change of a save: create a record, update one (found by its key) or delete one. Data
 * may set the model's own scalar fields only (foreign keys included), never nested writes.
 */
record Change(int index, String kind, Model model, Map<String, Object> key, Map<String, Object> data) {

    /** The client's action for this change. */
    String action() {
        return kind;
    }

    /** The client's arguments for this change. */
    Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        if (key != null) {
            args.put("where", key);
        }
        if (data != null) {
            args.put("data", data);
        }
        return args;
    }

    static Change parse(SchemaJson schema, Object raw, int index) {
        String at = "changes[" + index + "]";
        if (!(raw instanceof Map<?, ?>)) {
            throw ApiError.badRequest(at + " must be a JSON object.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> change = (Map<String, Object>) raw;
        Requests.onlyKeys(change, "kind", "model", "key", "data");
        if (!(change.get("model") instanceof String name)) {
            throw ApiError.badRequest(at + ".model must be a model name.");
        }
        Model model = schema.model(name).orElseThrow(() -> ApiError.badRequest(at + ": there is no model `" + name + "`."));
        Object kind = change.get("kind");
        Map<String, Object> key = Requests.optionalMap(change, "key");
        Map<String, Object> data = Requests.optionalMap(change, "data");
        if ("create".equals(kind)) {
            require(key == null, at + ": a create takes no key.");
            require(data != null, at + ": a create needs data.");
            return new Change(index, "create", model, null, data(model, data, at));
        }
        if ("update".equals(kind)) {
            require(data != null && !data.isEmpty(), at + ": an update needs data.");
            return new Change(index, "update", model, key(model, key, at), data(model, data, at));
        }
        if ("delete".equals(kind)) {
            require(data == null, at + ": a delete takes no data.");
            return new Change(index, "delete", model, key(model, key, at), null);
        }
        throw ApiError.badRequest(at + ".kind must be \"create\", \"update\" or \"delete\".");
    }

    private static Map<String, Object> key(Model model, Map<String, Object> key, String at) {
        List<ScalarField> fields = SchemaJson.key(model);
        require(!fields.isEmpty(), at + ": " + model.name() + " has no primary key or unique field, so its records cannot be changed here.");
        List<String> names = fields.stream().map(Field::name).toList();
        require(key != null && key.keySet().equals(new java.util.HashSet<>(names)) && key.values().stream().allMatch(v -> v != null),
                at + ".key must give " + String.join(", ", names) + " of the record.");
        return key;
    }

    private static Map<String, Object> data(Model model, Map<String, Object> data, String at) {
        for (String field : data.keySet()) {
            boolean scalar = model.scalarField(field).filter(f -> !f.isIgnored()).isPresent();
            require(scalar, at + ".data: `" + field + "` is not a scalar field of " + model.name() + ".");
        }
        return data;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw ApiError.badRequest(message);
        }
    }

    /** The database refused a change: the transaction rolls back and the save reports it. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Change change;

        Failed(Change change, RefractException cause) {
            super(cause.getMessage(), cause, false, false);
            this.change = change;
        }

        Change change() {
            return change;
        }

        @Override
        public synchronized RefractException getCause() {
            return (RefractException) super.getCause();
        }

        RefractException cause() {
            return getCause();
        }
    }
}
