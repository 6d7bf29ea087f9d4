package dev.refract.client.internal.exec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * How raw rows become records of one class: each component takes the column of the same name (exact,
 * then ignoring case, then ignoring case and underscores: {@code created_at} fills {@code createdAt}),
 * its value converted to the component's type. Found by reflection once per class (cached), used only
 * by raw queries: generated code maps rows without reflection.
 */
final class RecordMapping<R> {
    private static final ClassValue<RecordMapping<?>> CACHE = new ClassValue<>() {
        @Override
        protected RecordMapping<?> computeValue(Class<?> type) {
            return new RecordMapping<>(type);
        }
    };

    private final Class<R> type;
    private final String[] names;
    private final Class<?>[] types;
    private final Constructor<R> constructor;

    private RecordMapping(Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record: raw rows map to records only");
        }
        RecordComponent[] components = type.getRecordComponents();
        this.type = type;
        this.names = new String[components.length];
        this.types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            types[i] = components[i].getType();
        }
        try {
            this.constructor = type.getDeclaredConstructor(types);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot use the canonical constructor of " + type.getName() + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    static <R> RecordMapping<R> of(Class<R> type) {
        return (RecordMapping<R>) CACHE.get(type);
    }

    /**
     * The 1-based column of each component.
     *
     * @throws IllegalArgumentException when a component has no column
     */
    int[] columns(ResultSetMetaData meta) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i));
        }
        int[] columns = new int[names.length];
        for (int c = 0; c < names.length; c++) {
            columns[c] = find(labels, names[c]);
            if (columns[c] < 0) {
                throw new IllegalArgumentException("The record " + type.getSimpleName() + " has a component `" + names[c]
                        + "` but the query returns no such column; columns: " + labels);
            }
        }
        return columns;
    }

    private static int find(List<String> labels, String name) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equals(name)) {
                return i + 1;
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        String loose = loose(name);
        for (int i = 0; i < labels.size(); i++) {
            if (loose(labels.get(i)).equals(loose)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String loose(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** A record of the column values, in component order. */
    R create(Object[] values) {
        Object[] args = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            args[i] = convert(values[i], types[i], names[i]);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object convert(Object value, Class<?> target, String component) {
        if (value == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException("The column for " + type.getSimpleName() + "." + component
                        + " is NULL, which a " + target.getName() + " cannot hold");
            }
            return null;
        }
        Class<?> boxed = box(target);
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            if (boxed == Integer.class) {
                return Math.toIntExact(n.longValue());
            } else if (boxed == Long.class) {
                return n.longValue();
            } else if (boxed == Double.class) {
                return n.doubleValue();
            } else if (boxed == Float.class) {
                return n.floatValue();
            } else if (boxed == Short.class) {
                return n.shortValue();
            } else if (boxed == BigDecimal.class) {
                return new BigDecimal(n.toString());
            } else if (boxed == BigInteger.class) {
                return new BigDecimal(n.toString()).toBigIntegerExact();
            } else if (boxed == Boolean.class) {
                return n.longValue() != 0;
            }
        }
        if (value instanceof Instant instant) {
            if (target == LocalDateTime.class) {
                return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            } else if (target == OffsetDateTime.class) {
                return instant.atOffset(ZoneOffset.UTC);
            } else if (target == LocalDate.class) {
                return LocalDate.ofInstant(instant, ZoneOffset.UTC);
            } else if (target == Timestamp.class) {
                return Timestamp.from(instant);
            } else if (target == Date.class) {
                return Date.from(instant);
            }
        }
        if (value instanceof String s) {
            if (target.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) target, s);
            } else if (target == UUID.class) {
                return UUID.fromString(s);
            } else if (target == char[].class) {
                return s.toCharArray();
            }
        }
        if (target == String.class) {
            return value.toString();
        }
        throw new IllegalArgumentException("Cannot put a " + value.getClass().getSimpleName() + " into "
                + type.getSimpleName() + "." + component + " (" + target.getSimpleName() + ")");
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
