package dev.refract.studio.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks on request bodies: known keys only, and the type of each value (400 otherwise). */
final class Requests {
    private Requests() {
    }

    static void onlyKeys(Map<String, Object> body, String... keys) {
        Set<String> known = Set.of(keys);
        for (String key : body.keySet()) {
            if (!known.contains(key)) {
                throw ApiError.badRequest("Unknown key `" + key + "`; expected " + String.join(", ", keys) + ".");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> optionalMap(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            throw ApiError.badRequest("`" + key + "` must be a JSON object.");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> optionalList(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw ApiError.badRequest("`" + key + "` must be a JSON array.");
        }
        return (List<Object>) value;
    }

    static int optionalInt(Map<String, Object> body, String key, int fallback, int min, int max) {
        Object value = body.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer i) || i < min || i > max) {
            throw ApiError.badRequest("`" + key + "` must be a whole number from " + min + " to " + max + ", not " + value + ".");
        }
        return i;
    }
}
