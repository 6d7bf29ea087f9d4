package dev.refract.codegen;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A PostgreSQL schema with scalar lists and Json fields (and its SQLite variant without lists), and their clients. */
final class ListsJsonSchema {
    static final Path FILE = Path.of("src/test/resources/schemas/lists-json.prisma");

    private ListsJsonSchema() {
    }

    static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same Json fields on SQLite, where filters inside documents do not exist. */
    static String sqliteText() {
        return """
                datasource db {
                  provider = "sqlite"
                  url      = "file:./dev.db"
                }

                model Item {
                  id   Int   @id
                  meta Json?
                }
                """;
    }

    static Schema schema(String text) {
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    static List<GeneratedFile> generate(String text) {
        return JavaClientGenerator.generate(schema(text), new GeneratorOptions(GeneratorOptions.DEFAULT_PACKAGE,
                GeneratorOptions.DEFAULT_CLIENT_NAME, List.of(new SourceFile("schema.prisma", text))));
    }

    static List<GeneratedFile> generate() {
        return generate(text());
    }
}
