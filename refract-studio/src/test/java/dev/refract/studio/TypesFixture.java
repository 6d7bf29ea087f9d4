package dev.refract.studio;

import dev.refract.client.RefractClient;
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

/** A model with a field of every scalar type Studio edits (and one with Json), on an empty test database. */
final class TypesFixture {
    static final String MODELS = """
            enum Mood {
              HAPPY
              SAD
            }

            model Thing {
              id      Int      @id @default(autoincrement())
              label   String   @unique
              big     BigInt?
              price   Decimal?
              ratio   Float    @default(1.5)
              blob    Bytes?
              at      DateTime @default(now())
              ok      Boolean  @default(true)
              mood    Mood     @default(HAPPY)
              note    String?
            }

            model Doc {
              id   Int   @id @default(autoincrement())
              meta Json?
            }
            """;

    private TypesFixture() {
    }

    static RefractClient create(TestDatabase db, Provider provider) throws Exception {
        String text = "datasource db {\n  provider = \"" + provider.id() + "\"\n  url = \""
                + (provider == Provider.SQLITE ? "file:./dev.db" : provider.id() + "://localhost/x") + "\"\n}\n\n" + MODELS;
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        Schema schema = result.resolved().orElseThrow();
        Dialect dialect = Dialect.of(provider);
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        return RefractClient.builder(schema, ConnectionUrl.parse(db.prismaUrl())).build();
    }
}
