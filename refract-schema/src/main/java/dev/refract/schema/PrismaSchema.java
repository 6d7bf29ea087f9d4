package dev.refract.schema;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Schema;
import dev.refract.schema.parser.SchemaParser;
import dev.refract.schema.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door of the schema front end: parse, validate and format Prisma schemas. A schema is
 * one file or several (Prisma's prismaSchemaFolder); diagnostic spans carry the index of their
 * file in the list given.
 */
public final class PrismaSchema {
    private PrismaSchema() {
    }

    /** Parses each file; syntax problems are diagnostics, never exceptions. */
    public static ParseResult parse(List<SourceFile> files) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaAst> asts = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            asts.add(SchemaParser.parse(files.get(i).text(), i, diagnostics));
        }
        return new ParseResult(files, asts, diagnostics);
    }

    /** Parses and validates with Prisma's rules. */
    public static ValidationResult validate(List<SourceFile> files) {
        ParseResult parsed = parse(files);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(parsed.diagnostics());
        Schema schema = SchemaValidator.validate(parsed, diagnostics);
        return new ValidationResult(parsed, diagnostics, schema);
    }

    /** Convenience for a single file. */
    public static ValidationResult validate(String fileName, String text) {
        return validate(List.of(new SourceFile(fileName, text)));
    }
}
