package dev.refract.schema.format;

import dev.refract.schema.diagnostics.SourceFile;
import java.util.List;

/**
 * Formats schema files into Prisma's layout (aligned columns, canonical blank lines, comments kept).
 * Idempotent: formatting formatted text changes nothing.
 */
public final class SchemaFormatter {
    private SchemaFormatter() {
    }

    /** Returns the formatted files, same names and order. (Stub: returns input unchanged.) */
    public static List<SourceFile> format(List<SourceFile> files) {
        return List.copyOf(files);
    }
}
