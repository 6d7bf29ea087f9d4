package dev.refract.client.oracle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.refract.client.Operation;
import dev.refract.client.RefractClient;
import dev.refract.client.RefractException;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases run through Refract's dynamic entry point ({@link RefractClient#execute}), each outcome
 * written as the Node runner writes Prisma's: DateTime as ISO-8601 with milliseconds, Decimal as a
 * plain string without trailing zeros, Bytes as base64, Json fields parsed (the runtime returns their
 * text), numbers as numbers.
 */
final class RefractSide {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final RefractClient client;

    RefractSide(RefractClient client) {
        this.client = client;
    }

    /** Runs {@code reset} before each case flagged so, then the case; each outcome by name. */
    Map<String, JsonObject> run(List<OracleCase> cases, Runnable reset) {
        Map<String, JsonObject> outcomes = new LinkedHashMap<>();
        for (OracleCase c : cases) {
            if (c.reset()) {
                reset.run();
            }
            JsonObject out = new JsonObject();
            out.addProperty("name", c.name());
            try {
                out.add("result", call(c.model(), c.action(), c.args()));
            } catch (RuntimeException e) {
                JsonObject error = new JsonObject();
                error.addProperty("code", e instanceof RefractException r ? r.code() : null);
                error.addProperty("name", e.getClass().getSimpleName());
                error.addProperty("message", String.valueOf(e.getMessage()));
                out.add("error", error);
            }
            outcomes.put(c.name(), out);
        }
        return outcomes;
    }

    @SuppressWarnings("unchecked")
    private JsonElement call(String modelName, String action, JsonObject args) {
        switch (action) {
            case "$transaction": {
                List<Operation> operations = new ArrayList<>();
                List<Model> models = new ArrayList<>();
                for (JsonElement e : args.getAsJsonArray("operations")) {
                    JsonObject op = e.getAsJsonObject();
                    String name = op.get("model").getAsString();
                    JsonObject opArgs = op.has("args") ? op.getAsJsonObject("args") : new JsonObject();
                    operations.add(Operation.of(name, op.get("action").getAsString(), (Map<String, Object>) Args.toJava(opArgs)));
                    models.add(client.schema().model(name).orElse(null));
                }
                List<Object> results = client.transaction(operations);
                JsonArray out = new JsonArray();
                for (int i = 0; i < results.size(); i++) {
                    out.add(json(results.get(i), models.get(i)));
                }
                return out;
            }
            case "$queryRaw":
            case "$executeRaw": {
                // the dynamic raw actions take Prisma's $1, $2 placeholders on PostgreSQL
                Map<String, Object> raw = new java.util.LinkedHashMap<>();
                raw.put("query", args.get("sql").getAsString());
                raw.put("parameters", args.has("parameters") ? Args.toJava(args.get("parameters")) : List.of());
                Object result = client.execute(null, action.substring(1), raw);
                return json(result, null);
            }
            default:
                Object result = client.execute(modelName, action, (Map<String, Object>) Args.toJava(args));
                return json(result, client.schema().model(modelName).orElse(null));
        }
    }

    /** A Refract result value as JSON; {@code model} says which fields hold Json text and where relations lead. */
    static JsonElement json(Object value, Model model) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject out = new JsonObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Field field = model == null ? null : model.field(key).orElse(null);
                if (field instanceof RelationField relation) {
                    out.add(key, json(e.getValue(), relation.relatedModel()));
                } else if (field instanceof ScalarField scalar && scalar.type().is(ScalarKind.JSON) && e.getValue() instanceof String text) {
                    out.add(key, JsonParser.parseString(text));
                } else if (field instanceof ScalarField scalar && scalar.type().is(ScalarKind.JSON) && e.getValue() instanceof List<?> list) {
                    JsonArray array = new JsonArray();
                    list.forEach(item -> array.add(item instanceof String s ? JsonParser.parseString(s) : json(item, null)));
                    out.add(key, array);
                } else {
                    out.add(key, json(e.getValue(), field == null && key.startsWith("_") ? model : null));
                }
            }
            return out;
        }
        if (value instanceof Iterable<?> list) {
            JsonArray out = new JsonArray();
            list.forEach(item -> out.add(json(item, model)));
            return out;
        }
        if (value instanceof Object[] array) {
            return json(List.of(array), model);
        }
        if (value instanceof BigDecimal d) {
            return new JsonPrimitive(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Instant i) {
            return new JsonPrimitive(ISO_MILLIS.format(i));
        }
        if (value instanceof byte[] bytes) {
            return new JsonPrimitive(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        return new JsonPrimitive("<" + value.getClass().getName() + "> " + value);
    }
}
