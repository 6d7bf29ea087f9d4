package dev.refract.migrate.introspect;

import dev.refract.schema.diagnostics.SourceFile;
import java.util.List;

/**
 * The schema {@code db pull} writes: its files (one, or the previous schema's files for a multi-file
 * schema), formatted; the warnings, worded as Prisma words them; and whether the database held no
 * tables or enums at all (Prisma then stops with P4001, "The introspected database was empty").
 */
public record IntrospectionResult(List<SourceFile> files, List<IntrospectionWarning> warnings, boolean empty) {

    public IntrospectionResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** The schema text of a single-file result; the files joined in order for a multi-file one. */
    public String text() {
        if (files.size() == 1) {
            return files.get(0).text();
        }
        StringBuilder out = new StringBuilder();
        for (SourceFile file : files) {
            out.append(file.text());
        }
        return out.toString();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /**
     * The warnings as Prisma prints them ({@code *** WARNING ***}, then each message and its items);
     * empty when there are none.
     */
    public String warningsText() {
        if (warnings.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("*** WARNING ***\n");
        for (IntrospectionWarning warning : warnings) {
            out.append('\n').append(warning.message()).append('\n');
            for (String item : warning.items()) {
                out.append("  - ").append(item).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * What {@code prisma db pull --print} writes on stdout after its header lines, byte for byte: the
     * schema, then the warnings as {@code //} comments.
     */
    public String printed() {
        if (warnings.isEmpty()) {
            return text() + "\n\n";
        }
        StringBuilder out = new StringBuilder(text()).append("\n\n");
        String[] lines = warningsText().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append("// ").append(lines[i]).append(i + 1 < lines.length ? "\n" : "\n\n");
        }
        return out.toString();
    }
}
