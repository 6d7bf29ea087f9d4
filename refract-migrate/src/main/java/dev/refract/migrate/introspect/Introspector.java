package dev.refract.migrate.introspect;

import dev.refract.migrate.introspect.internal.SchemaCalculator;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.model.Provider;
import java.util.Optional;

/**
 * {@code db pull}: turns a described database into a Prisma schema, as Prisma's introspection does.
 * Table and column names become model and field names as they are (no renaming beyond making them
 * valid identifiers, with {@code @@map}/{@code @map} to the original), foreign keys become relation
 * fields on both sides, Prisma's join tables become list fields, and native types, defaults and
 * constraint names are written only where they differ from Prisma's defaults.
 *
 * <p>With a previous schema (re-introspection), objects the database still has keep their schema
 * names, {@code @map}s, {@code ///} comments, relation field names, client-side defaults,
 * {@code @updatedAt}/{@code @ignore}, and their order; the datasource and generator blocks are kept
 * as written. {@link PreviousSchema#forConfigurationOnly()} is {@code db pull --force}: only the
 * datasource and generator blocks are kept.
 *
 * <pre>{@code
 * SqlSchema described = Describer.postgres(List.of("public")).describe(connection);
 * IntrospectionResult pulled = Introspector.introspect(described, Provider.POSTGRESQL, Optional.empty());
 * Files.writeString(schemaPath, pulled.text());
 * }</pre>
 */
public final class Introspector {
    private Introspector() {
    }

    public static IntrospectionResult introspect(SqlSchema schema, Provider provider, Optional<PreviousSchema> previous) {
        SchemaCalculator.Output output = previous.isPresent()
                ? SchemaCalculator.calculate(schema, provider, previous.get().schema(), previous.get().files(),
                        previous.get().configurationOnly())
                : SchemaCalculator.calculate(schema, provider, null, null, false);
        return new IntrospectionResult(output.files(), output.warnings(), output.empty());
    }

    /** Introspection without a previous schema: a default datasource block for the provider. */
    public static IntrospectionResult introspect(SqlSchema schema, Provider provider) {
        return introspect(schema, provider, Optional.empty());
    }
}
