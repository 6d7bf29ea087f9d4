package dev.refract.client;

import dev.refract.client.internal.json.JsonCodec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value of a {@code Json} field: an object ({@code Map<String, Object>}), array ({@code List}),
 * string, number, boolean or JSON {@code null}, held as plain Java values. The typed client returns
 * it for Json fields (a column that is SQL NULL, or holds JSON {@code null}, reads as Java null, as
 * Prisma returns {@code null} for both); the dynamic entry point returns the plain value itself.
 * {@link #toString()} is the compact JSON text.
 *
 * <p>Writes and filters tell SQL NULL from JSON {@code null} as Prisma does, with {@link Null}.
 */
public final class Json {
    /** Prisma's {@code DbNull}: the column is SQL NULL. */
    public static final Null DB_NULL = Null.DB_NULL;
    /** Prisma's {@code JsonNull}: the column holds the JSON value {@code null}. */
    public static final Null JSON_NULL = Null.JSON_NULL;
    /** Prisma's {@code AnyNull} (filters only): either of the two. */
    public static final Null ANY_NULL = Null.ANY_NULL;

    /** The null kinds Prisma distinguishes for Json fields. */
    public enum Null {
        DB_NULL, JSON_NULL, ANY_NULL;

        /** Prisma's name: {@code DbNull}, {@code JsonNull}, {@code AnyNull}. */
        public String prismaName() {
            return switch (this) {
                case DB_NULL -> "DbNull";
                case JSON_NULL -> "JsonNull";
                case ANY_NULL -> "AnyNull";
            };
        }
    }

    private final Object value;

    private Json(Object value) {
        this.value = value;
    }

    /**
     * A JSON value from plain Java values: {@code Map<String, ?>}, {@code List}/collections, String,
     * Number, Boolean, null (JSON null), nested; a {@code Json} is returned as is.
     */
    public static Json of(Object value) {
        if (value instanceof Json json) {
            return json;
        }
        if (!JsonCodec.isJsonValue(value)) {
            throw new IllegalArgumentException("Not a JSON value (maps with String keys, lists, strings, numbers, booleans, null): " + value);
        }
        return new Json(value);
    }

    /** {@link #of} for a non-null value; null stays null (how the typed client reads nullable Json). */
    public static Json ofNullable(Object value) {
        return value == null ? null : of(value);
    }

    /** Parses JSON text. */
    public static Json parse(String text) {
        return new Json(JsonCodec.parse(text));
    }

    /** The plain Java value (Map, List, String, Number, Boolean, or null for JSON null). */
    public Object value() {
        return value;
    }

    /** True when this is JSON {@code null}. */
    public boolean isNull() {
        return value == null;
    }

    /** The value as an object; {@link ClassCastException} when it is not one. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asObject() {
        return (Map<String, Object>) value;
    }

    /** The value as an array. */
    @SuppressWarnings("unchecked")
    public List<Object> asArray() {
        return (List<Object>) value;
    }

    public String asString() {
        return (String) value;
    }

    public Number asNumber() {
        return (Number) value;
    }

    public Boolean asBoolean() {
        return (Boolean) value;
    }

    /** The compact JSON text. */
    @Override
    public String toString() {
        return JsonCodec.write(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Json other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
