package dev.refract.client.typed;

import dev.refract.client.internal.exec.RecordMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Helpers for generated row mappers: the runtime's result maps into generated records. */
public final class Rows {
    /** What {@link #field} returns for a field the row does not hold (it was not loaded). */
    public static final Object ABSENT = new Object();

    private Rows() {
    }

    /** The value of {@code name} in the row, or {@link #ABSENT} when the row does not hold it. */
    public static Object field(Map<String, Object> row, String name) {
        if (row instanceof RecordMap) {
            return ((RecordMap) row).getOr(name, ABSENT);
        }
        Object value = row.get(name);
        return value != null || row.containsKey(name) ? value : ABSENT;
    }

    /**
     * A list of related records (a list relation's value, or a read's result), each mapped. The
     * runtime's lists are its own and read once, so an {@code ArrayList} is mapped in place.
     */
    @SuppressWarnings("unchecked")
    public static <R> List<R> list(Object rows, Function<Map<String, Object>, R> mapper) {
        if (rows == null) {
            return null;
        }
        if (rows instanceof ArrayList) {
            List<Object> in = (List<Object>) rows;
            for (int i = 0, n = in.size(); i < n; i++) {
                in.set(i, Objects.requireNonNull(mapper.apply((Map<String, Object>) in.get(i))));
            }
            return Collections.unmodifiableList((List<R>) in);
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

    /** A scalar list value as read (null stays null). */
    @SuppressWarnings("unchecked")
    public static <T> List<T> values(Object list) {
        return list == null ? null : List.copyOf((List<T>) list);
    }

    /** An enum list value: database names to constants. */
    @SuppressWarnings("unchecked")
    public static <E> List<E> enums(Object list, Function<String, E> fromDatabase) {
        if (list == null) {
            return null;
        }
        List<E> out = new ArrayList<>();
        for (String name : (List<String>) list) {
            out.add(fromDatabase.apply(name));
        }
        return List.copyOf(out);
    }

    /** One relation's number in a record's {@code _count} map, or null when it was not counted. */
    @SuppressWarnings("unchecked")
    public static Integer count(Object counts, String relation) {
        Object n = ((Map<String, Object>) counts).get(relation);
        return n == null ? null : ((Number) n).intValue();
    }

    /** A nested result object ({@code _count}, {@code _avg}...) as a map, or null when absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> result, String key) {
        return (Map<String, Object>) result.get(key);
    }
}
