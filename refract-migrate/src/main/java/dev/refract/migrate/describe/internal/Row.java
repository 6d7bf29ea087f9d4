package dev.refract.migrate.describe.internal;

import java.util.Map;

/** One row of a catalog query, by lower-case column label, with the conversions describers need. */
public final class Row {
    private final Map<String, Object> values;

    Row(Map<String, Object> values) {
        this.values = values;
    }

    public Object get(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column + " in " + values.keySet());
        }
        return values.get(column);
    }

    public String string(String column) {
        Object value = get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    /** A string that is null when the database gives an empty one (MySQL comments). */
    public String nonEmptyString(String column) {
        String value = string(column);
        return value == null || value.isEmpty() ? null : value;
    }

    public boolean bool(String column) {
        Object value = get(column);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        String s = value.toString();
        return s.equalsIgnoreCase("t") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes") || s.equals("1");
    }

    public Long longValue(String column) {
        Object value = get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(value.toString().trim());
    }

    public Integer integer(String column) {
        Long value = longValue(column);
        return value == null ? null : Math.toIntExact(value);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
