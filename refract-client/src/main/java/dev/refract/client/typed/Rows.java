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

    /** The row as a record whose fields {@link Fields#slots} finds: the runtime's rows are already. */
    public static Map<String, Object> record(Map<String, Object> row) {
        return row instanceof RecordMap ? row : RecordMap.copyOf(row);
    }

    /**
     * The value at {@code slot} of a row {@link #record} returned, {@link #ABSENT} for slot -1 (the row
     * does not hold the field).
     */
    public static Object at(Map<String, Object> row, int slot) {
        return slot < 0 ? ABSENT : ((RecordMap) row).valueAt(slot);
    }

    /**
     * The field names a generated record mapper reads, and where each is in a row: found once per
     * layout of rows (the records of one level of a read share theirs) and remembered for the few
     * layouts seen last, so mapping a row reads its values by position instead of looking names up.
     */
    public static final class Fields {
        private static final int REMEMBERED = 4;
        private final String[] names;
        /** Recent layouts; written without locks: an entry is immutable, a stale read only misses. */
        private final Layout[] recent = new Layout[REMEMBERED];
        private int replace;

        public Fields(String... names) {
            this.names = names.clone();
        }

        /**
         * For each name (in the constructor's order), its index in {@code row}'s values, or -1 when
         * the row does not hold it. {@code row} is one {@link #record} returned.
         */
        public int[] slots(Map<String, Object> row) {
            RecordMap record = (RecordMap) row;
            String[] keys = record.keyArray();
            int size = record.size();
            for (Layout layout : recent) {
                if (layout != null && layout.keys == keys && layout.size == size && record.sharesKeys()) {
                    return layout.slots;
                }
            }
            int[] slots = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                slots[i] = -1;
                for (int k = 0; k < size; k++) {
                    if (names[i].equals(keys[k])) {
                        slots[i] = k;
                        break;
                    }
                }
            }
            if (record.sharesKeys()) {
                int at = replace;
                replace = (at + 1) % REMEMBERED;
                recent[at] = new Layout(keys, size, slots);
            }
            return slots;
        }

        private static final class Layout {
            final String[] keys;
            final int size;
            final int[] slots;

            Layout(String[] keys, int size, int[] slots) {
                this.keys = keys;
                this.size = size;
                this.slots = slots;
            }
        }
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
