package dev.refract.schema.format;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.parser.SchemaParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats schema files into Prisma's layout (aligned columns, canonical blank lines, comments kept),
 * and, like {@code prisma format}, completes relations: missing back-relation fields, missing
 * {@code @relation(fields, references)} and the scalar fields they need are added. Relations are
 * completed only when the schema has no errors that would stop Prisma's own resolution.
 * Idempotent: formatting formatted text changes nothing (where Prisma's own layout would change
 * again on a second run, the fixed point is written at once). One exception is kept from Prisma:
 * a named relation missing a side gets an unnamed back field, which the next run completes again.
 */
public final class SchemaFormatter {
    private SchemaFormatter() {
    }

    /**
     * Returns the formatted files, same names and order. Never throws on bad input: a schema that
     * does not parse is formatted as far as it reads (unreadable lines are kept as written).
     */
    public static List<SourceFile> format(List<SourceFile> files) {
        try {
            return formatStrict(files);
        } catch (RuntimeException | StackOverflowError e) {
            // a formatter bug must not lose the user's text: give it back unchanged
            return List.copyOf(files);
        }
    }

    /** As {@link #format}, but lets internal failures through (for tests). */
    static List<SourceFile> formatStrict(List<SourceFile> files) {
        List<String> sources = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            sources.add(file.text());
        }
        Parsed parsed = parse(sources);
        List<String> completed = RelationCompletion.complete(sources, parsed.asts(), parsed.hasErrors());
        if (completed != null) {
            sources = completed;
            parsed = parse(sources);
        }
        List<SourceFile> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            String text = FileFormatter.format(parsed.asts().get(i), sources.get(i));
            out.add(new SourceFile(files.get(i).name(), text));
        }
        return out;
    }

    private record Parsed(List<SchemaAst> asts, boolean hasErrors) {
    }

    private static Parsed parse(List<String> sources) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaAst> asts = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            asts.add(SchemaParser.parse(sources.get(i), i, diagnostics));
        }
        return new Parsed(asts, diagnostics.hasErrors());
    }
}
