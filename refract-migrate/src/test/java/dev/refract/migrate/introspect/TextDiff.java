package dev.refract.migrate.introspect;

import java.util.List;

/** A small line diff for failure messages: the first differing line with some context. */
final class TextDiff {
    private TextDiff() {
    }

    static String show(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int first = 0;
        while (first < e.size() && first < a.size() && e.get(first).equals(a.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder("first difference at line " + (first + 1) + "\n");
        int from = Math.max(0, first - 3);
        for (int i = from; i < Math.min(e.size(), first + 8); i++) {
            out.append(i < first ? "  " : "- ").append(e.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(a.size(), first + 8); i++) {
            out.append("+ ").append(a.get(i)).append('\n');
        }
        return out.append("--- actual, in full ---\n").append(actual).toString();
    }
}
