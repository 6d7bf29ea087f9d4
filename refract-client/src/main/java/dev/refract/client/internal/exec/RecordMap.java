package dev.refract.client.internal.exec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A record as reads return it: field names to values, in the order of the names, as a
 * {@code LinkedHashMap} would hold them, but a fraction of its size and cost. The names of a level's
 * records are one array shared by all of them (copied before a record changes its own); lookups scan
 * the few names, by identity first. The shared array may name more fields than a record has yet
 * (its relations, {@code _count}): putting the next of them in that order extends the record in place. Mutable like the map it replaces: relations and {@code _count}
 * are put after the scalars, and callers may change what they get.
 */
public final class RecordMap extends AbstractMap<String, Object> {
    private String[] keys;
    private Object[] values;
    private int size;
    private boolean ownKeys;
    /**
     * Where the next lookup starts: one past the last key found. Generated record mappers read the
     * fields in the order the record holds them, so each finds its key at the first place it looks.
     * Only a hint: a racy value is still a valid start.
     */
    private int next;

    /**
     * A record whose first {@code size} keys are {@code sharedKeys} (not copied; never changed here)
     * and values {@code values} (taken over), with room for {@code values.length - size} more entries.
     */
    RecordMap(String[] sharedKeys, Object[] values, int size) {
        this.keys = sharedKeys;
        this.values = values;
        this.size = size;
    }

    private int indexOf(Object key) {
        int n = size;
        int start = Math.min(next, n);
        for (int i = start; i < n; i++) {
            if (keys[i] == key) {
                next = i + 1;
                return i;
            }
        }
        for (int i = 0; i < start; i++) {
            if (keys[i] == key) {
                next = i + 1;
                return i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of {@code key}, or {@code absent} when the record has no such entry: one lookup where
     * {@code containsKey} and {@code get} take two (for generated record mappers). */
    public Object getOr(String key, Object absent) {
        int i = indexOf(key);
        return i < 0 ? absent : values[i];
    }

    /** A record holding {@code map}'s entries in its order (a copy; for rows that did not come from a read). */
    public static RecordMap copyOf(Map<String, ?> map) {
        String[] keys = new String[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new RecordMap(keys, values, keys.length);
    }

    /**
     * The names of this record's entries, as one array the records of a level share: entry i is
     * {@code keyArray()[i]} for i below {@link #size()}. The array is shared: not to be changed. Record
     * mappers find their fields once per array ({@code Rows.Fields}) and then read by {@link #valueAt}.
     */
    public String[] keyArray() {
        return keys;
    }

    /**
     * Whether {@link #keyArray()} is still the array this record was made with, which nothing
     * changes (a record that removed or added names of its own has a private one that may change).
     */
    public boolean sharesKeys() {
        return !ownKeys;
    }

    /** The value of entry i (below {@link #size()}). */
    public Object valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object put(String key, Object value) {
        Objects.requireNonNull(key, "key");
        if (!ownKeys && size < keys.length && keys[size] == key && size < values.length) {
            // the next of the shared names (relations and _count, put in the order the level planned);
            // a record's names are distinct, so it is not among the first size
            values[size++] = value;
            return null;
        }
        int i = indexOf(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (!ownKeys || size == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(size + 2, keys.length));
            ownKeys = true;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size + 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        if (!ownKeys) {
            keys = Arrays.copyOf(keys, keys.length);
            ownKeys = true;
        }
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            values[i] = null;
        }
        keys = new String[keys.length];
        ownKeys = true;
        size = 0;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        int at = last;
                        String key = keys[at];
                        return new AbstractMap.SimpleEntry<>(key, values[at]) {
                            @Override
                            public Object setValue(Object value) {
                                super.setValue(value);
                                return RecordMap.this.put(key, value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        RecordMap.this.remove(keys[last]);
                        next = last;
                        last = -1;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
