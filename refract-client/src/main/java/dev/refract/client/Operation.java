package dev.refract.client;

import java.util.Map;

/** One operation of a batch transaction: what {@link RefractClient#execute} takes. */
public record Operation(String model, String action, Map<String, Object> args) {

    public static Operation of(String model, String action, Map<String, Object> args) {
        return new Operation(model, action, args);
    }
}
