package dev.refract.migrate.testing;

import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Schema;

/** Test helpers: a schema text validated (it must be valid) and calculated by the real calculator. */
public final class Calculated {
    private Calculated() {
    }

    /** The datasource block a case's models are validated under (Prisma 7 style, no url). */
    public static String datasource(String provider) {
        return "datasource db {\n  provider = \"" + provider + "\"\n}\n\n";
    }

    /** The database schema of {@code models} under a datasource for {@code provider}. */
    public static SqlSchema models(String provider, String models) {
        return schema(datasource(provider) + models);
    }

    /** The database schema of a whole schema file, for its datasource's provider. */
    public static SqlSchema schema(String text) {
        return SqlSchemaCalculator.calculate(validated(text));
    }

    public static Schema validated(String text) {
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new IllegalArgumentException("invalid schema:\n" + result.render(false));
        }
        return result.resolved().orElseThrow();
    }
}
