package dev.refract.schema;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import java.util.List;

/** The parse trees of a schema's files (one per file, same order) and the syntax problems found. */
public record ParseResult(List<SourceFile> files, List<SchemaAst> asts, Diagnostics diagnostics) {
    public ParseResult {
        files = List.copyOf(files);
        asts = List.copyOf(asts);
    }
}
