package dev.refract.migrate.introspect.internal;

import java.util.List;

/** A canonical SQL type spelling ({@code DECIMAL(10,2)}, {@code BIGINT UNSIGNED}) split into name and arguments. */
record NativeTypeSpelling(String name, List<String> arguments) {

    static NativeTypeSpelling parse(String sqlType) {
        int open = sqlType.indexOf('(');
        if (open < 0 || !sqlType.endsWith(")")) {
            return new NativeTypeSpelling(sqlType.trim(), List.of());
        }
        String name = sqlType.substring(0, open).trim();
        String inside = sqlType.substring(open + 1, sqlType.length() - 1);
        List<String> args = java.util.Arrays.stream(inside.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        return new NativeTypeSpelling(name, args);
    }

    /** {@code Name(a, b)} or {@code Name}. */
    static String attribute(String name, List<String> arguments) {
        return arguments.isEmpty() ? name : name + "(" + String.join(", ", arguments) + ")";
    }
}
