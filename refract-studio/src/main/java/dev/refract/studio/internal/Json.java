package dev.refract.studio.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refract.dialect.values.EnumValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out of the API (Jackson on plain maps and lists). Out, values the browser cannot hold
 * exactly become strings: BigInt (Long) and Decimal as digits (without trailing zeros, as Prisma prints them), DateTime as ISO-8601, Bytes as
 * base64; the schema tells the page which is which. In, decimals stay {@link BigDecimal}.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** The request body as a JSON object; 400 for anything else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(String text) {
        Object value;
        try {
            value = MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(value instanceof Map)) {
            throw ApiError.badRequest("The request body must be a JSON object.");
        }
        return (Map<String, Object>) value;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The value with client result types turned into what JSON carries exactly. */
    static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Long l) {
            return l.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof EnumValue e) {
            return e.name();
        }
        return value;
    }
}
