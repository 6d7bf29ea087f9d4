package dev.refract.client.oracle;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The comparison form of an outcome, the same rules for both sides. They undo differences of
 * representation only (README, testing):
 * <ul>
 * <li>numbers compare by value: {@code 2} equals {@code 2.0}; BigInt values (the runner's
 * {@code {"$bigint": digits}}, Java's {@code Long}) are numbers too;</li>
 * <li>object keys compare as a set (JSON objects are unordered); arrays keep their order;</li>
 * <li>a DateTime at or after the suite's start (written by {@code now()} or {@code @updatedAt}
 * while the case ran) becomes {@code "<now>"}; seeded dates are years older;</li>
 * <li>an error compares by kind only: Prisma's code ({@code P2025}...), or {@code validation} for
 * Prisma's PrismaClientValidationError and Refract's RefractValidationException; messages differ.</li>
 * </ul>
 */
final class Canonical {
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private final Instant start;

    Canonical(Instant start) {
        this.start = start;
    }

    /** {@code {"result": ...}} or {@code {"error": kind}}, as pretty JSON text. */
    String outcome(JsonObject raw) {
        JsonObject out = new JsonObject();
        if (raw.has("error")) {
            out.addProperty("error", errorKind(raw.getAsJsonObject("error")));
        } else {
            out.add("result", value(raw.get("result")));
        }
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(out);
    }

    static String errorKind(JsonObject error) {
        String name = error.has("name") ? error.get("name").getAsString() : "";
        if (name.equals("PrismaClientValidationError") || name.equals("RefractValidationException")) {
            return "validation";
        }
        if (error.has("code") && !error.get("code").isJsonNull()) {
            return error.get("code").getAsString();
        }
        return "unexpected " + name + ": " + (error.has("message") ? error.get("message").getAsString() : "");
    }

    private JsonElement value(JsonElement v) {
        if (v == null || v.isJsonNull()) {
            return JsonNull.INSTANCE;
        }
        if (v.isJsonArray()) {
            JsonArray out = new JsonArray();
            v.getAsJsonArray().forEach(e -> out.add(value(e)));
            return out;
        }
        if (v.isJsonObject()) {
            JsonObject o = v.getAsJsonObject();
            if (o.size() == 1 && o.has("$bigint")) {
                return number(new BigDecimal(o.get("$bigint").getAsString()));
            }
            Map<String, JsonElement> sorted = new TreeMap<>();
            o.entrySet().forEach(e -> sorted.put(e.getKey(), value(e.getValue())));
            JsonObject out = new JsonObject();
            sorted.forEach(out::add);
            return out;
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isNumber()) {
            return number(p.getAsBigDecimal());
        }
        if (p.isString() && TIMESTAMP.matcher(p.getAsString()).matches() && !Instant.parse(p.getAsString()).isBefore(start)) {
            return new JsonPrimitive("<now>");
        }
        return p;
    }

    private static JsonPrimitive number(BigDecimal d) {
        return new JsonPrimitive(new LazilyParsedNumber(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString()));
    }
}
