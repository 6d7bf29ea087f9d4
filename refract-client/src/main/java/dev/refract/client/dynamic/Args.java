package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.schema.model.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shape checks on Prisma-style arguments, failing with P2009 messages that name the model and path. */
final class Args {
    private Args() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Model model, Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new RefractValidationException(model.name(), path, "Invalid argument type: expected an object, provided " + describe(value));
    }

    /** A list, or a single value taken as a list of one (Prisma accepts both for AND, NOT, orderBy, distinct). */
    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of(value);
    }

    static void onlyKnown(Model model, Map<String, Object> args, Set<String> allowed, String path, String what) {
        for (String key : args.keySet()) {
            if (!allowed.contains(key)) {
                throw new RefractValidationException(model.name(), path.isEmpty() ? key : path + "." + key,
                        "Unknown argument `" + key + "` in " + what + ". Available options: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    static Integer integer(Model model, Object value, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long v = ((Number) value).longValue();
            if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        }
        throw new RefractValidationException(model.name(), path, "Invalid argument type: expected Int, provided " + describe(value));
    }

    static boolean bool(Model model, Object value, String path) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new RefractValidationException(model.name(), path, "Invalid argument type: expected Boolean, provided " + describe(value));
    }

    static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " (" + value + ")";
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
