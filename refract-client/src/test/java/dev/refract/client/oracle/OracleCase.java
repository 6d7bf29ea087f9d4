package dev.refract.client.oracle;

import com.google.gson.JsonObject;
import java.util.Set;

/**
 * One catalog entry: a query in Prisma's argument shape, run by both sides. {@code expectError} (a
 * Prisma error code, or {@code validation}) says the case is meant to fail; {@code reset} says the
 * dataset is re-seeded before it (the first case, and every case after a write).
 */
record OracleCase(String file, String name, String model, String action, JsonObject args, String expectError, boolean reset) {
    private static final Set<String> READS = Set.of("findMany", "findFirst", "findFirstOrThrow", "findUnique",
            "findUniqueOrThrow", "count", "aggregate", "groupBy", "$queryRaw");

    /** Whether the case may change the data (every action but a read; a batch counts as a write). */
    boolean writes() {
        return !READS.contains(action);
    }

    OracleCase withReset(boolean value) {
        return new OracleCase(file, name, model, action, args, expectError, value);
    }

    /** The case as the Node runner reads it. */
    JsonObject toRunnerJson() {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("model", model);
        o.addProperty("action", action);
        o.add("args", args);
        o.addProperty("reset", reset);
        return o;
    }
}
