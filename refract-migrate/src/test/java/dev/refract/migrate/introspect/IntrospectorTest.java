package dev.refract.migrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Provider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Introspection of hand-built described schemas: the cases a database fixture makes awkward. */
class IntrospectorTest {

    private static Column column(String name, ColumnTypeFamily family, String sqlType, boolean nullable) {
        return new Column(name, ColumnType.of(family, sqlType), nullable, null, false, null);
    }

    private static Table table(String name, List<Column> columns, String pk, List<Index> indexes,
            List<ForeignKey> fks) {
        PrimaryKey primaryKey = pk == null ? null : new PrimaryKey(name + "_pkey", List.of(IndexColumn.of(pk)));
        return new Table(null, name, columns, primaryKey, indexes, fks, null);
    }

    private static SqlSchema schema(List<Table> tables, List<SqlEnum> enums) {
        return new SqlSchema(List.of(), tables, enums, List.of());
    }

    @Test
    void listDefaultsBytesAndEnumValuesBecomeSchemaLiterals() {
        Table t = table("Thing", List.of(
                column("id", ColumnTypeFamily.INT, "INTEGER", false),
                new Column("tags", ColumnType.of(ColumnTypeFamily.STRING, "TEXT").asList(), true,
                        new ColumnDefault.Value("ARRAY['a', 'it''s, ok']::TEXT[]", null), false, null),
                new Column("nums", ColumnType.of(ColumnTypeFamily.INT, "INTEGER").asList(), true,
                        new ColumnDefault.Value("ARRAY[1, -2]::INTEGER[]", null), false, null),
                new Column("roles", ColumnType.of(ColumnTypeFamily.ENUM, "Role").asList(), true,
                        new ColumnDefault.Value("ARRAY['super user']::\"Role\"[]", null), false, null),
                new Column("role", ColumnType.of(ColumnTypeFamily.ENUM, "Role"), false,
                        ColumnDefault.ofString("super user"), false, null),
                new Column("blob", ColumnType.of(ColumnTypeFamily.BINARY, "BYTEA"), true,
                        ColumnDefault.ofString("\\x0102ff"), false, null),
                new Column("odd", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), true,
                        new ColumnDefault.Expression("'a'::text || 'b'::text", null), false, null)),
                "id", List.of(), List.of());
        String text = Introspector.introspect(schema(List.of(t),
                List.of(new SqlEnum(null, "Role", List.of("super user", "guest")))), Provider.POSTGRESQL).text();
        assertThat(text)
                .contains("tags  String[] @default([\"a\", \"it's, ok\"])")
                .contains("nums  Int[]    @default([1, -2])")
                .contains("roles Role[]   @default([super_user])")
                .contains("role  Role     @default(super_user)")
                .contains("blob  Bytes?   @default(\"AQL/\")")
                .contains("odd   String?  @default(dbgenerated(\"'a'::text || 'b'::text\"))")
                .contains("super_user @map(\"super user\")");
    }

    @Test
    void enumValuesKeepTheirNonAsciiPreviousNamesAndAreSanitizedWithoutOne() {
        // prisma db pull (7.10): a value the previous schema names stays; without one, lööps is l__ps
        SqlSchema db = schema(List.of(), List.of(new SqlEnum(null, "CatVariant", List.of("lööps", "naïve-x"))));
        String previous = """
                datasource db {
                  provider = "postgresql"
                }

                enum CatVariant {
                  lööps
                  na_ve_x @map("naïve-x")
                }
                """;
        String pulled = Introspector.introspect(db, Provider.POSTGRESQL,
                Optional.of(PreviousSchema.parse("schema.prisma", previous))).text();
        assertThat(pulled).contains("  lööps\n").doesNotContain("//");
        String fresh = Introspector.introspect(db, Provider.POSTGRESQL).text();
        assertThat(fresh).contains("l__ps   @map(\"lööps\")").contains("na_ve_x @map(\"naïve-x\")");
    }

    @Test
    void selfManyToManyAndAmbiguousJoinTables() {
        Table user = table("User", List.of(column("id", ColumnTypeFamily.INT, "INTEGER", false)), "id", List.of(),
                List.of());
        Table follows = joinTable("_follows", "User", "User");
        String text = Introspector.introspect(schema(List.of(user, follows), List.of()), Provider.POSTGRESQL).text();
        assertThat(text).contains("User_A User[] @relation(\"follows\")").contains("User_B User[] @relation(\"follows\")");
    }

    private static Table joinTable(String name, String a, String b) {
        return new Table(null, name,
                List.of(column("A", ColumnTypeFamily.INT, "INTEGER", false),
                        column("B", ColumnTypeFamily.INT, "INTEGER", false)),
                new PrimaryKey(name + "_AB_pkey", List.of(IndexColumn.of("A"), IndexColumn.of("B"))),
                List.of(new Index(name + "_B_index", IndexKind.NORMAL, List.of(IndexColumn.of("B")), null)),
                List.of(new ForeignKey(name + "_A_fkey", List.of("A"), null, a, List.of("id"),
                                ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE),
                        new ForeignKey(name + "_B_fkey", List.of("B"), null, b, List.of("id"),
                                ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE)),
                null);
    }

    @Test
    void mySqlColumnEnumsKeepTheirPreviousNameWhenTheValuesAreTheSame() {
        Table user = table("User", List.of(column("id", ColumnTypeFamily.INT, "INTEGER", false),
                column("role", ColumnTypeFamily.ENUM, "ENUM('A', 'B')", false),
                column("kind", ColumnTypeFamily.ENUM, "ENUM('A', 'B', 'C')", false)), "id", List.of(), List.of());
        PreviousSchema previous = PreviousSchema.parse("schema.prisma", """
                datasource db {
                  provider = "mysql"
                }

                model User {
                  id   Int  @id
                  role Role
                  kind Role
                }

                enum Role {
                  A
                  B
                }
                """);
        String text = Introspector.introspect(schema(List.of(user), List.of()), Provider.MYSQL, Optional.of(previous))
                .text();
        assertThat(text).contains("role Role\n").contains("kind User_kind\n").contains("enum Role {")
                .contains("enum User_kind {");
    }

    @Test
    void multiFileSchemasKeepEachBlockInItsFileAndPutNewOnesInIntrospectedPrisma() {
        Table a = table("A", List.of(column("id", ColumnTypeFamily.INT, "INTEGER", false)), "id", List.of(), List.of());
        Table b = table("B", List.of(column("id", ColumnTypeFamily.INT, "INTEGER", false)), "id", List.of(), List.of());
        Table c = table("C", List.of(column("id", ColumnTypeFamily.INT, "INTEGER", false)), "id", List.of(), List.of());
        PreviousSchema previous = PreviousSchema.parse(List.of(
                new SourceFile("prisma/schema/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n}\n\n"
                        + "model A {\n  id Int @id\n}\n"),
                new SourceFile("prisma/schema/b.prisma", "/// B\nmodel B {\n  id Int @id\n}\n")));
        IntrospectionResult result = Introspector.introspect(schema(List.of(a, b, c), List.of()),
                Provider.POSTGRESQL, Optional.of(previous));
        assertThat(result.files()).extracting(SourceFile::name).containsExactly("prisma/schema/schema.prisma",
                "prisma/schema/b.prisma", "prisma/schema/introspected.prisma");
        assertThat(result.files().get(0).text()).contains("datasource db").contains("model A");
        assertThat(result.files().get(1).text()).isEqualTo("/// B\nmodel B {\n  id Int @id\n}\n");
        assertThat(result.files().get(2).text()).isEqualTo("model C {\n  id Int @id\n}\n");
    }

    @Test
    void forceKeepsOnlyTheConfigurationBlocks() {
        Table users = table("users", List.of(column("id", ColumnTypeFamily.INT, "INTEGER", false)), "id", List.of(),
                List.of());
        PreviousSchema previous = PreviousSchema.parse("schema.prisma", """
                generator client {
                  provider = "prisma-client-js"
                }

                datasource db {
                  provider = "postgresql"
                }

                /// People
                model User {
                  id Int @id

                  @@map("users")
                }
                """);
        String text = Introspector.introspect(schema(List.of(users), List.of()), Provider.POSTGRESQL,
                Optional.of(previous.forConfigurationOnly())).text();
        assertThat(text).isEqualTo("""
                generator client {
                  provider = "prisma-client-js"
                }

                datasource db {
                  provider = "postgresql"
                }

                model users {
                  id Int @id
                }
                """);
    }

    @Test
    void aSingleDescribedSchemaGetsTheDatasourcesSchemaName() {
        Table users = table("users", List.of(column("id", ColumnTypeFamily.INT, "INTEGER", false)), "id", List.of(),
                List.of());
        PreviousSchema previous = PreviousSchema.parse("schema.prisma", """
                datasource db {
                  provider = "postgresql"
                  schemas  = ["app"]
                }
                """);
        IntrospectionResult result = Introspector.introspect(schema(List.of(users), List.of()), Provider.POSTGRESQL,
                Optional.of(previous));
        assertThat(result.text()).contains("  @@schema(\"app\")\n");
        IntrospectionGoldens.assertValid("single schema", result.text());
    }

    @Test
    void aTableWithoutColumnsIsCommentedOut() {
        Table empty = new Table(null, "empty", List.of(), null, List.of(), List.of(), null);
        IntrospectionResult result = Introspector.introspect(schema(List.of(empty), List.of()), Provider.POSTGRESQL);
        assertThat(result.text()).endsWith("""
                /// We could not retrieve columns for the underlying table. Either it has none or you are missing rights to see them. Please check your privileges.
                // model empty {
                // }
                """);
        assertThat(result.warnings()).extracting(IntrospectionWarning::items).containsExactly(List.of("\"empty\""));
    }

    @Test
    void anEmptyDatabaseGivesOnlyTheDatasource() {
        IntrospectionResult result = Introspector.introspect(SqlSchema.EMPTY, Provider.SQLITE);
        assertThat(result.empty()).isTrue();
        assertThat(result.text()).isEqualTo("datasource db {\n  provider = \"sqlite\"\n  url      = env(\"DATABASE_URL\")\n}\n");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.printed()).isEqualTo(result.text() + "\n\n");
    }

    @Test
    void anInvalidPreviousSchemaIsRefused() {
        assertThatThrownBy(() -> PreviousSchema.parse("schema.prisma", "model A {\n  id Int\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid");
    }

    @Test
    void warningsAreWordedAndPrintedAsPrismasCli() {
        Table log = table("log", List.of(column("at", ColumnTypeFamily.DATE_TIME, "TIMESTAMP(3)", true),
                column("v", ColumnTypeFamily.UNSUPPORTED, "tsvector", true)), null, List.of(), List.of());
        IntrospectionResult result = Introspector.introspect(schema(List.of(log), List.of()), Provider.POSTGRESQL);
        assertThat(result.warningsText()).isEqualTo("""
                *** WARNING ***

                The following models were ignored as they do not have a valid unique identifier or id. This is currently not supported by Prisma Client:
                  - "log"

                These fields are not supported by Prisma Client, because Prisma currently does not support their types:
                  - Model: "log", field: "v", original data type: "tsvector"
                """);
        assertThat(result.printed()).endsWith("}\n\n\n// *** WARNING ***\n// \n// The following models were ignored as"
                + " they do not have a valid unique identifier or id. This is currently not supported by Prisma"
                + " Client:\n//   - \"log\"\n// \n// These fields are not supported by Prisma Client, because Prisma"
                + " currently does not support their types:\n//   - Model: \"log\", field: \"v\", original data type:"
                + " \"tsvector\"\n// \n\n");
    }
}
