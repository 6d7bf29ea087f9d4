package dev.refract.dialect.sql;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/** SQL text with {@code ?} placeholders and the values to bind to them, in order. */
public record RenderedSql(String sql, List<Object> parameters) {
    public RenderedSql {
        parameters = parameters instanceof Values ? parameters : Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** SQL with these values, taken as they are (the array is not copied: the caller gives it up). */
    public static RenderedSql of(String sql, Object[] values) {
        return new RenderedSql(sql, new Values(values));
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }

    /** An unmodifiable view of an array no one else holds. */
    private static final class Values extends AbstractList<Object> implements RandomAccess {
        private final Object[] values;

        Values(Object[] values) {
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
