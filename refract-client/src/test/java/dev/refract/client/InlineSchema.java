package dev.refract.client;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;

/** A schema given as text (datasource block added for the provider), created on a test database. */
final class InlineSchema {
    private InlineSchema() {
    }

    static Schema create(TestDatabase db, Provider provider, String models) throws Exception {
        String url = provider == Provider.SQLITE ? "file:./dev.db" : provider.id() + "://localhost/x";
        String text = "datasource db {\n  provider = \"" + provider.id() + "\"\n  url = \"" + url + "\"\n}\n\n" + models;
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        Schema schema = result.resolved().orElseThrow();
        Dialect dialect = Dialect.of(provider);
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect)
                .diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        return schema;
    }
}
