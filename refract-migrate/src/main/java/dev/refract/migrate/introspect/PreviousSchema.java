package dev.refract.migrate.introspect;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Schema;
import java.util.List;

/**
 * The schema a re-introspection starts from: its files, their syntax trees (for {@code ///}
 * comments and positions) and the validated schema (for names, {@code @map}s and relations). Like
 * Prisma's {@code db pull}, re-introspection needs a valid schema.
 */
public record PreviousSchema(ValidationResult validation, boolean configurationOnly) {

    public PreviousSchema {
        if (validation.resolved().isEmpty()) {
            throw new IllegalArgumentException("the previous schema is not valid:\n" + validation.render(false));
        }
    }

    public PreviousSchema(ValidationResult validation) {
        this(validation, false);
    }

    /**
     * The same schema used only for its datasource and generator blocks, as {@code db pull --force}
     * uses it: models and enums are introspected from scratch and written to the datasource's file.
     */
    public PreviousSchema forConfigurationOnly() {
        return new PreviousSchema(validation, true);
    }

    /** Validates the files; throws {@link IllegalArgumentException} with the diagnostics when they are not valid. */
    public static PreviousSchema parse(List<SourceFile> files) {
        return new PreviousSchema(PrismaSchema.validate(files));
    }

    public static PreviousSchema parse(String fileName, String text) {
        return parse(List.of(new SourceFile(fileName, text)));
    }

    public Schema schema() {
        return validation.resolved().orElseThrow();
    }

    public List<SourceFile> files() {
        return validation.files();
    }

    public List<SchemaAst> asts() {
        return validation.parsed().asts();
    }
}
