package dev.refract.client.dynamic;

import dev.refract.client.Json;
import dev.refract.client.RefractException;
import dev.refract.client.RefractValidationException;
import dev.refract.dialect.values.ArrayValue;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.refract.dialect.values.EnumValue;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Schema;
import dev.refract.schema.model.ScalarField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * Checks a value given for a field against the field's type and converts it to the client's Java
 * type: Int -> Integer, BigInt -> Long, Float -> Double, Decimal -> BigDecimal, DateTime -> Instant
 * (also from ISO-8601 text, {@code OffsetDateTime}, {@code Date}), Boolean, String, Bytes (byte[] or
 * base64 text), enums -> {@link EnumValue} after checking the name. An integer beyond Int's or BigInt's
 * range fails with P2020, as in Prisma.
 */
final class Values {
    private Values() {
    }

    static Object coerce(Schema schema, ScalarField field, Object value, String path) {
        if (value == null) {
            return null;
        }
        if (field.type() instanceof FieldType.EnumRef ref) {
            String name = value instanceof EnumValue e ? e.name() : value instanceof String s ? s : null;
            boolean known = name != null && schema.enumByName(ref.enumName())
                    .map(en -> en.values().stream().anyMatch(v -> v.name().equals(name))).orElse(false);
            if (!known) {
                throw wrongType(field, value, path, "enum " + ref.enumName());
            }
            return new EnumValue(name);
        }
        if (!(field.type() instanceof FieldType.Scalar scalar)) {
            throw new RefractValidationException(field.model().name(), path, "Field `" + field.name() + "` cannot be filtered");
        }
        switch (scalar.kind()) {
            case STRING:
                if (value instanceof String) {
                    return value;
                }
                break;
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                break;
            case INT:
                if (isIntegral(value)) {
                    if (!fits(value, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
                        throw outOfRange(field, value, "a 32-bit signed integer");
                    }
                    return ((Number) value).intValue();
                }
                break;
            case BIG_INT:
                if (isIntegral(value)) {
                    if (!fits(value, Long.MIN_VALUE, Long.MAX_VALUE)) {
                        throw outOfRange(field, value, "a 64-bit signed integer");
                    }
                    return ((Number) value).longValue();
                }
                if (value instanceof String s && s.matches("-?\\d+")) {
                    return Long.parseLong(s);
                }
                break;
            case FLOAT:
                if (value instanceof Number n) {
                    return n.doubleValue();
                }
                break;
            case DECIMAL:
                if (value instanceof BigDecimal) {
                    return value;
                }
                if (value instanceof Number || value instanceof String) {
                    try {
                        return new BigDecimal(value.toString());
                    } catch (NumberFormatException notDecimal) {
                        break;
                    }
                }
                break;
            case DATE_TIME:
                Instant instant = instant(value);
                if (instant != null) {
                    return instant;
                }
                break;
            case BYTES:
                if (value instanceof byte[]) {
                    return value;
                }
                if (value instanceof String s) {
                    try {
                        return Base64.getDecoder().decode(s);
                    } catch (IllegalArgumentException notBase64) {
                        break;
                    }
                }
                break;
            case JSON:
                return json(field, value, path);
            default:
                throw new RefractValidationException(field.model().name(), path,
                        "Filtering on " + scalar.kind().schemaName() + " fields is not supported yet");
        }
        throw wrongType(field, value, path, scalar.kind().schemaName());
    }

    /**
     * A scalar list's value: a {@code List} (or array) of the element type, as one bound array; null
     * items only where {@code nullItems} (Prisma's {@code has: null}).
     */
    static ArrayValue list(Schema schema, ScalarField field, Object value, String path, boolean nullItems) {
        List<?> items;
        if (value instanceof List<?> l) {
            items = l;
        } else if (value instanceof Object[] a) {
            items = Arrays.asList(a);
        } else {
            throw wrongType(field, value, path, field.type().schemaName() + "[]");
        }
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null && !nullItems) {
                throw wrongType(field, null, path + "." + i, field.type().schemaName());
            }
            Object coerced = coerce(schema, field, item, path + "." + i);
            if (coerced instanceof Json.Null) {
                throw wrongType(field, item, path + "." + i, "a JSON value");
            }
            out.add(coerced instanceof Json json ? new dev.refract.dialect.values.JsonText(json.toString()) : coerced);
        }
        return array(schema, field, out);
    }

    /** Java values of a list field's elements as a bound array of its element type. */
    static ArrayValue array(Schema schema, ScalarField field, List<Object> items) {
        ScalarKind kind = field.type() instanceof FieldType.Scalar s ? s.kind() : null;
        String enumType = null;
        if (field.type() instanceof FieldType.EnumRef ref) {
            enumType = schema.enumByName(ref.enumName()).map(e -> e.databaseName()).orElse(ref.enumName());
        }
        return new ArrayValue(kind, enumType, items);
    }

    /**
     * A Json value given to a write or filter: a {@link Json.Null} kind (also in Prisma's protocol
     * form {@code {"$type": "Enum", "value": "DbNull"}}), or a plain JSON value (maps, lists, strings,
     * numbers, booleans, null: JSON null) or {@link Json}.
     */
    static Object json(ScalarField field, Object value, String path) {
        if (value instanceof Json.Null kind) {
            return kind;
        }
        if (value instanceof Map<?, ?> map && map.size() == 2 && "Enum".equals(map.get("$type"))) {
            for (Json.Null kind : Json.Null.values()) {
                if (kind.prismaName().equals(map.get("value"))) {
                    return kind;
                }
            }
        }
        try {
            return Json.of(value);
        } catch (IllegalArgumentException notJson) {
            throw wrongType(field, value, path, "Json");
        }
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger
                || (value instanceof Number n && !(n instanceof BigDecimal) && n.doubleValue() == Math.rint(n.doubleValue()))
                || (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0);
    }

    private static boolean fits(Object value, long min, long max) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Long l) {
            return l >= min && l <= max;
        }
        BigDecimal d = new BigDecimal(value.toString());
        return d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof String s) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
        return null;
    }

    /** An integer that does not fit the field's type: Prisma's engine answers P2020, not a validation error. */
    private static RefractException outOfRange(ScalarField field, Object value, String type) {
        return new RefractException("P2020", "Value out of range for the type: " + value + " does not fit into " + type
                + " (field `" + field.name() + "` of `" + field.model().name() + "`)", Map.of("modelName", field.model().name()));
    }

    static RefractValidationException wrongType(ScalarField field, Object value, String path, String expected) {
        String given = value == null ? "null" : value.getClass().getSimpleName();
        return new RefractValidationException(field.model().name(), path, "Invalid value for argument `" + field.name()
                + "`: expected " + expected + ", provided " + given + " (" + value + ")");
    }
}
