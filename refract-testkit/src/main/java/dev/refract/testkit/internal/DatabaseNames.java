package dev.refract.testkit.internal;

import java.security.SecureRandom;
import java.util.Locale;

/** Names for test databases: {@code refract_t_<label in snake case>_<8 random hex digits>}. */
final class DatabaseNames {
    static final String PREFIX = "refract_t_";
    private static final int MAX_LABEL = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseNames() {
    }

    /** A fresh name, at most 49 characters of {@code [a-z0-9_]}: safe unquoted in every dialect. */
    static String unique(String label) {
        String snake = (label == null ? "" : label)
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
        if (snake.length() > MAX_LABEL) {
            snake = snake.substring(0, MAX_LABEL);
        }
        snake = snake.replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            snake = "db";
        }
        return PREFIX + snake + "_" + String.format("%08x", RANDOM.nextInt());
    }
}
