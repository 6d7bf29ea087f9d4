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

/** The blog example's schema and the client generated from it with the default options. */
final class BlogSchema {
    static final Path FILE = Path.of("../examples/blog/prisma/schema.prisma");

    private BlogSchema() {
    }

    static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema() {
        ValidationResult result = PrismaSchema.validate("schema.prisma", text());
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    static GeneratorOptions options() {
        return new GeneratorOptions(GeneratorOptions.DEFAULT_PACKAGE, GeneratorOptions.DEFAULT_CLIENT_NAME,
                List.of(new SourceFile("schema.prisma", text())));
    }

    static List<GeneratedFile> generate() {
        return JavaClientGenerator.generate(schema(), options());
    }
}
