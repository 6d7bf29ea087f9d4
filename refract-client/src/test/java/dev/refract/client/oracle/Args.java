package dev.refract.client.oracle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog argument tree as the Java values {@code RefractClient.execute} takes: objects as
 * ordered maps, arrays as lists, integral numbers as Integer (Long beyond int), other numbers as
 * BigDecimal, and the catalog's tags for what JSON cannot carry: {@code {"$bytes": base64}} ->
 * byte[], {@code {"$bigint": digits}} -> Long, {@code {"$json": "DbNull"|"JsonNull"|"AnyNull"}} ->
 * Prisma's JSON protocol shape {@code {"$type": "Enum", "value": name}}.
 */
final class Args {
    private Args() {
    }

    static Object toJava(JsonElement v) {
        if (v == null || v.isJsonNull()) {
            return null;
        }
        if (v.isJsonArray()) {
            List<Object> out = new ArrayList<>();
            for (JsonElement e : (JsonArray) v) {
                out.add(toJava(e));
            }
            return out;
        }
        if (v.isJsonObject()) {
            JsonObject o = v.getAsJsonObject();
            if (o.size() == 1 && o.has("$bytes")) {
                return Base64.getDecoder().decode(o.get("$bytes").getAsString());
            }
            if (o.size() == 1 && o.has("$bigint")) {
                return Long.parseLong(o.get("$bigint").getAsString());
            }
            if (o.size() == 1 && o.has("$json")) {
                Map<String, Object> tag = new LinkedHashMap<>();
                tag.put("$type", "Enum");
                tag.put("value", o.get("$json").getAsString());
                return tag;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            o.entrySet().forEach(e -> out.put(e.getKey(), toJava(e.getValue())));
            return out;
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isString()) {
            return p.getAsString();
        }
        BigDecimal d = p.getAsBigDecimal();
        if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
            try {
                long l = d.longValueExact();
                return l == (int) l ? (Object) (int) l : (Object) l;
            } catch (ArithmeticException tooBig) {
                return d;
            }
        }
        return d;
    }
}
