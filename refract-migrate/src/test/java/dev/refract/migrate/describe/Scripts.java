package dev.refract.migrate.describe;

import java.util.Arrays;
import java.util.List;

/** Splits a test fixture into statements: each ends with a semicolon at the end of a line. */
final class Scripts {
    private Scripts() {
    }

    static String[] statements(String script) {
        List<String> statements = Arrays.stream(script.split(";[ \\t]*(\\r?\\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--")))
                .toList();
        return statements.toArray(String[]::new);
    }
}
