package dev.refract.client.dynamic;

import dev.refract.client.Json;
import dev.refract.client.RefractValidationException;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Schema;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prisma's filter on a Json field: {@code equals}, {@code not} (values, or {@code DbNull},
 * {@code JsonNull}, {@code AnyNull}), and, where the database can look inside documents (PostgreSQL,
 * MySQL; not SQLite, as with Prisma), {@code path} with {@code string_contains},
 * {@code string_starts_with}, {@code string_ends_with} (and {@code mode}), {@code array_contains},
 * {@code array_starts_with}, {@code array_ends_with}, {@code lt}, {@code lte}, {@code gt}, {@code gte}.
 * The path is taken in both of Prisma's forms on every database: a list of keys (PostgreSQL's) or
 * MySQL's {@code $.a.b[0]} text.
 */
final class JsonWhereParser {
    private static final Map<String, ScalarOp> OPS = new LinkedHashMap<>();

    static {
        OPS.put("equals", ScalarOp.EQUALS);
        OPS.put("not", ScalarOp.NOT);
        OPS.put("string_contains", ScalarOp.STRING_CONTAINS);
        OPS.put("string_starts_with", ScalarOp.STRING_STARTS_WITH);
        OPS.put("string_ends_with", ScalarOp.STRING_ENDS_WITH);
        OPS.put("array_contains", ScalarOp.ARRAY_CONTAINS);
        OPS.put("array_starts_with", ScalarOp.ARRAY_STARTS_WITH);
        OPS.put("array_ends_with", ScalarOp.ARRAY_ENDS_WITH);
        OPS.put("lt", ScalarOp.LT);
        OPS.put("lte", ScalarOp.LTE);
        OPS.put("gt", ScalarOp.GT);
        OPS.put("gte", ScalarOp.GTE);
    }

    private final boolean pathFilters;

    JsonWhereParser(Schema schema) {
        this.pathFilters = schema.provider().map(p -> Connector.of(p).supportsJsonFiltering()).orElse(false);
    }

    Filter parse(ScalarField field, Object value, String path) {
        String model = field.model().name();
        if (!(value instanceof Map<?, ?>)) {
            throw new RefractValidationException(model, path, "Invalid value for argument `" + field.name()
                    + "`: expected a Json filter {" + String.join(", ", OPS.keySet()) + ", path, mode}");
        }
        Map<String, Object> args = Args.map(field.model(), value, path);
        List<String> segments = args.containsKey("path") ? path(field, args.get("path"), path + ".path") : List.of();
        boolean insensitive = false;
        if (args.containsKey("mode")) {
            Object mode = args.get("mode");
            if (!("insensitive".equals(mode) || "default".equals(mode))) {
                throw new RefractValidationException(model, path + ".mode", "Argument `mode` takes \"default\" or \"insensitive\"");
            }
            insensitive = "insensitive".equals(mode);
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : args.entrySet()) {
            String key = e.getKey();
            String at = path + "." + key;
            if (key.equals("path") || key.equals("mode")) {
                continue;
            }
            ScalarOp op = OPS.get(key);
            if (op == null) {
                throw new RefractValidationException(model, at, "Unknown argument `" + key + "` for the Json field `"
                        + field.name() + "`. Available options: " + String.join(", ", OPS.keySet()) + ", path, mode");
            }
            boolean inside = !segments.isEmpty() || (op != ScalarOp.EQUALS && op != ScalarOp.NOT);
            if (inside && !pathFilters) {
                throw new RefractValidationException(model, at, "Json filters other than `equals` and `not` (and `path`) are not supported on this database");
            }
            parts.add(new Filter.JsonFilter(field, segments, op, value(field, op, e.getValue(), at), insensitive));
        }
        if (parts.isEmpty()) {
            return Filter.ALL;
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private static Object value(ScalarField field, ScalarOp op, Object value, String path) {
        switch (op) {
            case EQUALS:
            case NOT:
                return Values.json(field, value, path);
            case STRING_CONTAINS:
            case STRING_STARTS_WITH:
            case STRING_ENDS_WITH:
                if (value instanceof String) {
                    return value;
                }
                throw Values.wrongType(field, value, path, "String");
            case LT:
            case LTE:
            case GT:
            case GTE:
                if (value instanceof String || (value instanceof Number && Json.of(value) != null)) {
                    return value;
                }
                throw Values.wrongType(field, value, path, "a number or String");
            default:
                Object json = Values.json(field, value, path);
                if (json instanceof Json.Null) {
                    throw Values.wrongType(field, value, path, "Json");
                }
                return json;
        }
    }

    /** A path as a list of keys, or MySQL's {@code $.a."b c"[0]} text, as segments. */
    static List<String> path(ScalarField field, Object value, String at) {
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw Values.wrongType(field, item, at, "String");
                }
                out.add(s);
            }
            return out;
        }
        if (value instanceof String text) {
            return parseMySqlPath(field, text, at);
        }
        throw Values.wrongType(field, value, at, "a list of keys or a `$.a.b` path");
    }

    private static List<String> parseMySqlPath(ScalarField field, String text, String at) {
        List<String> out = new ArrayList<>();
        if (!text.startsWith("$")) {
            throw new RefractValidationException(field.model().name(), at, "A Json path text starts with `$`: " + text);
        }
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                i++;
                if (i < text.length() && text.charAt(i) == '"') {
                    int end = text.indexOf('"', i + 1);
                    if (end < 0) {
                        throw new RefractValidationException(field.model().name(), at, "Unterminated key in Json path " + text);
                    }
                    out.add(text.substring(i + 1, end));
                    i = end + 1;
                } else {
                    int end = i;
                    while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                        end++;
                    }
                    out.add(text.substring(i, end));
                    i = end;
                }
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) {
                    throw new RefractValidationException(field.model().name(), at, "Unterminated index in Json path " + text);
                }
                out.add(text.substring(i + 1, end).trim());
                i = end + 1;
            } else {
                throw new RefractValidationException(field.model().name(), at, "Unexpected `" + c + "` in Json path " + text);
            }
        }
        return out;
    }
}
