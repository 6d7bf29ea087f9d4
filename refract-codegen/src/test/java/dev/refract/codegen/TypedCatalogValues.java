package dev.refract.codegen;

import dev.refract.client.FieldNotLoadedException;
import dev.refract.client.Json;
import dev.refract.client.typed.BatchResults;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Both front doors' results in one comparable form: maps with sorted keys, lists, numbers by value
 * (as plain decimal text), Instants (those written during the run as one value), Bytes as base64, enums by name, Json as its parsed value. Typed
 * records become maps of their loaded components (an accessor throwing {@link FieldNotLoadedException}
 * is left out; the loaded-fields mask is not a field). {@link #align} then drops the typed side's
 * null components of non-model records the dynamic result does not have (the parts of an aggregate
 * record not asked for); a model record's unloaded fields throw, so they are never null-filled.
 */
final class TypedCatalogValues {
    /** Timestamps after this were written during the run ({@code now()}, {@code @updatedAt}): compared as such. */
    static volatile Instant runStart = Instant.MAX;

    private TypedCatalogValues() {
    }

    /** A dynamic result; {@code model} says which fields hold Json text and where relations lead. */
    static Object dynamic(Object value, Model model) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Field field = model == null ? null : model.field(key).orElse(null);
                Object v = e.getValue();
                if (field instanceof RelationField relation) {
                    out.put(key, dynamic(v, relation.relatedModel()));
                } else if (field instanceof ScalarField scalar && scalar.type().is(ScalarKind.JSON) && v instanceof String text) {
                    out.put(key, plain(Json.parse(text).value()));
                } else if (field instanceof ScalarField scalar && scalar.type().is(ScalarKind.JSON) && v instanceof List<?> list) {
                    List<Object> items = new ArrayList<>();
                    list.forEach(item -> items.add(item instanceof String s ? plain(Json.parse(s).value()) : plain(item)));
                    out.put(key, items);
                } else {
                    out.put(key, dynamic(v, field == null && key.startsWith("_") ? model : null));
                }
            }
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(dynamic(item, model)));
            return out;
        }
        return plain(value);
    }

    /** A typed result: records, Optionals, batch results, Json values, enums. */
    static Object typed(Object value) {
        if (value instanceof Optional<?> o) {
            return typed(o.orElse(null));
        }
        if (value instanceof BatchResults batch) {
            return typed(batch.list());
        }
        if (value instanceof Json json) {
            return plain(json.value());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Record record) {
            boolean model = false;
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                model |= c.getName().equals("loadedFields") || c.getType() == BitSet.class;
            }
            Map<String, Object> out = model ? new TreeMap<>() : new Parts();
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals("loadedFields") || c.getType() == BitSet.class) {
                    continue;
                }
                try {
                    c.getAccessor().setAccessible(true);
                    out.put(c.getName(), typed(c.getAccessor().invoke(record)));
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof FieldNotLoadedException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), typed(v)));
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(typed(item)));
            return out;
        }
        return plain(value);
    }

    /** Json's plain values and scalars: numbers by value, bytes as base64, maps sorted. */
    static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString());
            return "#" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        }
        if (value instanceof byte[] bytes) {
            return "b64:" + Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i && i.isAfter(runStart)) {
            return "Instant:<written during the run>";
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    /** A record that is not a model's (aggregate results, groups, relation counts): its null components may be parts not asked for. */
    private static final class Parts extends TreeMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** {@code typed} with the null parts of non-model records removed that {@code dynamic} does not have, recursively. */
    @SuppressWarnings("unchecked")
    static Object align(Object typed, Object dynamic) {
        if (typed instanceof Map<?, ?> t && dynamic instanceof Map<?, ?> d) {
            Map<String, Object> out = new TreeMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) t).entrySet()) {
                if (t instanceof Parts && e.getValue() == null && !d.containsKey(e.getKey())) {
                    continue;
                }
                out.put(e.getKey(), align(e.getValue(), d.get(e.getKey())));
            }
            return out;
        }
        if (typed instanceof List<?> t && dynamic instanceof List<?> d && t.size() == d.size()) {
            List<Object> out = new ArrayList<>();
            Iterator<?> di = d.iterator();
            for (Object item : t) {
                out.add(align(item, di.next()));
            }
            return out;
        }
        return typed;
    }
}
