package dev.refract.schema.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Prisma's schema validation cases: a schema followed by a trailing block of {@code //} lines
 * holding the expected diagnostics (ANSI colour included, stripped here). No block: no diagnostics.
 */
record PslValidationCase(String name, String schema, String expected, String provider) {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern PROVIDER = Pattern.compile("provider\\s*=\\s*\"([a-z]+)\"");

    enum Verdict { VALID, WARNINGS, ERRORS }

    static PslValidationCase read(Path root, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int end = lines.length;
        while (end > 0 && lines[end - 1].isEmpty()) {
            end--;
        }
        int start = end;
        while (start > 0 && lines[start - 1].startsWith("//")) {
            start--;
        }
        List<String> expected = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String line = lines[i];
            line = line.startsWith("// ") ? line.substring(3) : line.substring(2);
            expected.add(ANSI.matcher(line).replaceAll(""));
        }
        // a trailing block counts only when it looks like diagnostics
        boolean isDiagnostics = !expected.isEmpty()
                && (expected.get(0).startsWith("error:") || expected.get(0).startsWith("warning:"));
        String expectedText = isDiagnostics ? String.join("\n", expected) + "\n" : "";
        String name = root.relativize(file).toString();
        return new PslValidationCase(name, text, expectedText, provider(text));
    }

    private static String provider(String text) {
        int ds = text.indexOf("datasource");
        if (ds < 0) {
            return "none";
        }
        Matcher m = PROVIDER.matcher(text.substring(ds));
        return m.find() ? m.group(1) : "none";
    }

    boolean served() {
        return !provider.equals("mongodb") && !provider.equals("sqlserver");
    }

    Verdict expectedVerdict() {
        return verdictOf(expected);
    }

    static Verdict verdictOf(String rendered) {
        if (rendered.isEmpty()) {
            return Verdict.VALID;
        }
        for (String line : rendered.split("\n")) {
            if (line.startsWith("error:")) {
                return Verdict.ERRORS;
            }
        }
        return Verdict.WARNINGS;
    }

    static String stripAnsi(String s) {
        return ANSI.matcher(s).replaceAll("");
    }
}
