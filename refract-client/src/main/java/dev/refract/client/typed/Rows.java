package dev.refract.client.typed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Helpers for generated row mappers: the runtime's result maps into generated records. */
public final class Rows {
    private Rows() {
    }

    /** A list of related records (a list relation's value), each mapped. */
    @SuppressWarnings("unchecked")
    public static <R> List<R> list(Object rows, Function<Map<String, Object>, R> mapper) {
        if (rows == null) {
            return null;
        }
        List<Map<String, Object>> in = (List<Map<String, Object>>) rows;
        List<R> out = new ArrayList<>(in.size());
        for (Map<String, Object> row : in) {
            out.add(mapper.apply(row));
        }
        return List.copyOf(out);
    }

    /** One related record (a single relation's value), or null. */
    @SuppressWarnings("unchecked")
    public static <R> R one(Object row, Function<Map<String, Object>, R> mapper) {
        return row == null ? null : mapper.apply((Map<String, Object>) row);
    }
}
