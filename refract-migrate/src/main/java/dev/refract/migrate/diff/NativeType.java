package dev.refract.migrate.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column's SQL type split into its base name and integer arguments ({@code VARCHAR(191)} is
 * VARCHAR with [191]); {@code suffix} keeps trailing words such as {@code UNSIGNED}. Non-numeric
 * arguments (a MySQL enum's values) are kept in {@code raw}.
 */
record NativeType(String name, List<Integer> args, String suffix, String raw) {

    static NativeType parse(String sqlType) {
        String text = sqlType == null ? "" : sqlType.trim();
        int open = text.indexOf('(');
        if (open < 0) {
            String upper = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            String suffix = "";
            if (upper.endsWith(" UNSIGNED")) {
                suffix = "UNSIGNED";
                upper = upper.substring(0, upper.length() - " UNSIGNED".length());
            }
            return new NativeType(upper, List.of(), suffix, text);
        }
        int close = text.lastIndexOf(')');
        String name = text.substring(0, open).trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        String inside = close > open ? text.substring(open + 1, close) : text.substring(open + 1);
        String suffix = close > open ? text.substring(close + 1).trim().toUpperCase(Locale.ROOT) : "";
        List<Integer> args = new ArrayList<>();
        for (String part : inside.split(",")) {
            String p = part.trim();
            if (!p.matches("-?\\d+")) {
                return new NativeType(name, List.of(), suffix, text);
            }
            args.add(Integer.parseInt(p));
        }
        return new NativeType(name, List.copyOf(args), suffix, text);
    }

    Integer arg(int i) {
        return i < args.size() ? args.get(i) : null;
    }

    /** The values of {@code ENUM('A', 'B')}, unescaped. */
    static List<String> enumValues(String sqlType) {
        List<String> values = new ArrayList<>();
        int i = sqlType.indexOf('(');
        if (i < 0) {
            return values;
        }
        StringBuilder current = null;
        for (i = i + 1; i < sqlType.length(); i++) {
            char c = sqlType.charAt(i);
            if (current == null) {
                if (c == '\'') {
                    current = new StringBuilder();
                } else if (c == ')') {
                    break;
                }
            } else if (c == '\'') {
                if (i + 1 < sqlType.length() && sqlType.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    values.add(current.toString());
                    current = null;
                }
            } else if (c == '\\' && i + 1 < sqlType.length()) {
                current.append(sqlType.charAt(++i));
            } else {
                current.append(c);
            }
        }
        return values;
    }
}
