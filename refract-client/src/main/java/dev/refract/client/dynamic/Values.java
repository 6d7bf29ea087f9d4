package dev.refract.client.dynamic;

import dev.refract.client.RefractException;
import dev.refract.client.RefractValidationException;
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
            default:
                throw new RefractValidationException(field.model().name(), path,
                        "Filtering on " + scalar.kind().schemaName() + " fields is not supported yet");
        }
        throw wrongType(field, value, path, scalar.kind().schemaName());
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger
                || (value instanceof Number n && !(n instanceof BigDecimal) && n.doubleValue() == Math.rint(n.doubleValue()))
                || (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0);
    }

    private static boolean fits(Object value, long min, long max) {
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
