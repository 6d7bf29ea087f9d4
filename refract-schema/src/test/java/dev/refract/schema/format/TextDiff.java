package dev.refract.schema.format;

import java.util.ArrayList;
import java.util.List;

/** A unified-style line diff for test failure messages; line ends other than LF are made visible. */
final class TextDiff {
    private static final int CONTEXT = 3;

    private TextDiff() {
    }

    static String unified(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add("  " + a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add("+ " + b.get(j++));
            } else {
                ops.add("- " + a.get(i++));
            }
        }
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        int last = -1;
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k).startsWith("  ")) {
                continue;
            }
            int from = Math.max(k - CONTEXT, last + 1);
            if (from > last + 1 && last >= 0) {
                out.append("@@\n");
            }
            int to = k;
            while (to + 1 < ops.size() && (!ops.get(to + 1).startsWith("  ") || nearChange(ops, to + 1))) {
                to++;
            }
            to = Math.min(ops.size() - 1, to + CONTEXT);
            for (int m = from; m <= to; m++) {
                out.append(ops.get(m)).append('\n');
            }
            last = to;
            k = to;
        }
        return out.toString();
    }

    private static boolean nearChange(List<String> ops, int index) {
        for (int m = index; m < Math.min(ops.size(), index + 2 * CONTEXT + 1); m++) {
            if (!ops.get(m).startsWith("  ")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(visible(text.substring(start, i)));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(visible(text.substring(start)) + "<no newline at end>");
        }
        return lines;
    }

    private static String visible(String line) {
        return line.replace("\r", "\\r").replace("\t", "\\t");
    }
}
