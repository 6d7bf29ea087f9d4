package dev.refract.migrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: compares actual text with the file's content and fails with a line diff; with
 * {@code -Drefract.updateGoldens=true} it rewrites the file instead (and deletes it when the
 * expected text is null, meaning "no such file").
 */
public final class Goldens {
    private Goldens() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("refract.updateGoldens");
    }

    /** Asserts that {@code file} holds {@code actual}; a null {@code actual} means the file must not exist. */
    public static void check(Path file, String actual) {
        try {
            String expected = Files.exists(file) ? Files.readString(file) : null;
            if (java.util.Objects.equals(expected, actual)) {
                return;
            }
            if (updating()) {
                if (actual == null) {
                    Files.deleteIfExists(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, actual);
                }
                return;
            }
            String message = "golden file " + file + " differs (rerun with -Drefract.updateGoldens=true to accept)\n"
                    + diff(expected == null ? "" : expected, actual == null ? "" : actual);
            throw new AssertionFailedError(message, expected, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff: {@code -} expected only, {@code +} actual only, two spaces for both. */
    public static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add("  " + a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+ " + b[j++]);
            } else {
                out.add("- " + a[i++]);
            }
        }
        return String.join("\n", out);
    }
}
