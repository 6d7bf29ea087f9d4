package dev.refract.examples.blog.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading and checking request input; anything wrong is a 400 {@code INVALID_INPUT}. */
final class Inputs {
    private Inputs() {
    }

    static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("The request body must be a JSON object");
        }
        return body;
    }

    static String requiredString(JsonNode body, String field) {
        return optionalString(body, field).filter(s -> !s.isBlank())
                .orElseThrow(() -> ApiException.invalid("`" + field + "` is required"));
    }

    /** Absent: empty; present: a string (or null, as an empty Optional when {@code nullable}). */
    static Optional<String> optionalString(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiException.invalid("`" + field + "` must be a string");
        }
        return Optional.of(node.textValue());
    }

    static int requiredInt(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw ApiException.invalid("`" + field + "` is required");
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw ApiException.invalid("`" + field + "` must be an integer");
        }
        return node.intValue();
    }

    static Optional<Boolean> optionalBoolean(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw ApiException.invalid("`" + field + "` must be true or false");
        }
        return Optional.of(node.booleanValue());
    }

    static Optional<List<String>> optionalStrings(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw ApiException.invalid("`" + field + "` must be an array of names");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw ApiException.invalid("`" + field + "` must be an array of names");
            }
            if (!out.contains(item.textValue().trim())) {
                out.add(item.textValue().trim());
            }
        }
        return Optional.of(out);
    }

    /** A query parameter that must be a whole number in [min, max] when given. */
    static Optional<Integer> intParam(String name, String value, int min, int max) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw ApiException.invalid("`" + name + "` must be between " + min + " and " + max);
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("`" + name + "` must be a whole number");
        }
    }

    static Optional<Boolean> booleanParam(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.equals("true") || value.equals("false")) {
            return Optional.of(Boolean.parseBoolean(value));
        }
        throw ApiException.invalid("`" + name + "` must be true or false");
    }

    /** A path id: a positive whole number, else 400. */
    static int id(String value) {
        return intParam("id", value, 1, Integer.MAX_VALUE)
                .orElseThrow(() -> ApiException.invalid("`id` is required"));
    }

    /**
     * {@code text} for contains/startsWith/endsWith taken literally: those filters take a LIKE pattern
     * (as Prisma's do), so {@code \}, {@code %} and {@code _} are escaped with a backslash.
     */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
