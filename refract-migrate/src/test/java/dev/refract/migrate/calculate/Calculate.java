package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: validate a schema text (it must be valid) and calculate its database schema. */
final class Calculate {
    private Calculate() {
    }

    static Schema validated(String text) {
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new AssertionError("schema is invalid:\n" + result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    static SqlSchema sql(String text) {
        return SqlSchemaCalculator.calculate(validated(text));
    }

    /** A datasource block for the provider, then the models. */
    static SqlSchema sql(String provider, String models) {
        return sql(datasource(provider) + models);
    }

    static String datasource(String provider) {
        return "datasource db {\n  provider = \"" + provider + "\"\n  url = \"" + url(provider) + "\"\n}\n\n";
    }

    private static String url(String provider) {
        return switch (provider) {
            case "sqlite" -> "file:./dev.db";
            case "mysql" -> "mysql://localhost/db";
            default -> "postgresql://localhost/db";
        };
    }

    /** The blog example's models (examples/blog) on another provider. */
    static String blog(String provider) {
        Path file = repositoryRoot().resolve("examples/blog/prisma/schema.prisma");
        try {
            String text = Files.readString(file);
            return text.replace("provider = \"sqlite\"", "provider = \"" + provider + "\"")
                    .replace("url      = \"file:./dev.db\"", "url      = \"" + url(provider) + "\"")
                    .replace("url      = env(\"DATABASE_URL\")", "url      = \"" + url(provider) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/blog"))) {
                return dir;
            }
        }
        throw new IllegalStateException("examples/blog not found above " + Path.of("").toAbsolutePath());
    }
}
