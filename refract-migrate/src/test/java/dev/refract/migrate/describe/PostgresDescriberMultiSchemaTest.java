package dev.refract.migrate.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several PostgreSQL schemas (Prisma's multiSchema): every object carries its schema. */
@PostgresTest
class PostgresDescriberMultiSchemaTest {

    private static final String FIXTURE = """
            CREATE SCHEMA IF NOT EXISTS "auth";
            CREATE SCHEMA IF NOT EXISTS "billing";
            CREATE TYPE "auth"."Role" AS ENUM ('USER', 'ADMIN');
            CREATE TABLE "auth"."User" (
                "id" TEXT NOT NULL,
                "role" "auth"."Role" NOT NULL DEFAULT 'USER',
                "roles" "auth"."Role"[] DEFAULT ARRAY['ADMIN']::"auth"."Role"[],

                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );
            CREATE TABLE "billing"."Invoice" (
                "id" SERIAL NOT NULL,
                "userId" TEXT NOT NULL,

                CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
            );
            ALTER TABLE "billing"."Invoice" ADD CONSTRAINT "Invoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "auth"."User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
            CREATE TABLE "public"."Elsewhere" ("id" TEXT NOT NULL);
            """;

    private static SqlSchema schema;

    @BeforeAll
    static void describe(TestDatabase database) throws SQLException {
        database.execute(Scripts.statements(FIXTURE));
        try (Connection connection = database.open()) {
            schema = Describer.forDialect(Dialect.of(Provider.POSTGRESQL), List.of("billing", "auth", "missing"))
                    .describe(connection);
        }
    }

    @Test
    void onlyTheRequestedSchemasThatExist() {
        assertThat(schema.namespaces()).containsExactly("auth", "billing");
        assertThat(schema.tables()).extracting(t -> t.namespace() + "." + t.name())
                .containsExactly("auth.User", "billing.Invoice");
    }

    @Test
    void enumsAndListDefaultsCarryTheirSchema() {
        assertThat(schema.enums()).containsExactly(new SqlEnum("auth", "Role", List.of("USER", "ADMIN")));
        Table user = schema.table("auth", "User").orElseThrow();
        assertThat(user.column("role").orElseThrow().defaultValue()).isEqualTo(ColumnDefault.ofString("USER"));
        assertThat(user.column("roles").orElseThrow().defaultValue())
                .isEqualTo(new ColumnDefault.Value("ARRAY['ADMIN']::\"auth\".\"Role\"[]", null));
    }

    @Test
    void foreignKeysAcrossSchemas() {
        Table invoice = schema.table("billing", "Invoice").orElseThrow();
        assertThat(invoice.foreignKeys()).containsExactly(new ForeignKey("Invoice_userId_fkey", List.of("userId"),
                "auth", "User", List.of("id"), ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE));
        assertThat(invoice.column("id").orElseThrow().defaultValue())
                .isEqualTo(new ColumnDefault.Sequence("Invoice_id_seq", null));
    }
}
