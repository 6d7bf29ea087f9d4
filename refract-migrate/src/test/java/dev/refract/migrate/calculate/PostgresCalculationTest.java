package dev.refract.migrate.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PostgreSQL schema of the blog example and of relation, naming and namespace cases, as Prisma creates it. */
class PostgresCalculationTest {
    private static final ForeignKeyAction CASCADE = ForeignKeyAction.CASCADE;

    private final SqlSchema blog = Calculate.sql(Calculate.blog("postgresql"));

    @Test
    void blogTablesInModelOrderThenJoinTables() {
        // Prisma's calculator pushes tables in model order, join tables last; steps are ordered by it
        assertThat(blog.tables()).extracting(Table::name)
                .containsExactly("User", "Post", "Category", "Profile", "_CategoryToPost");
        assertThat(blog.namespaces()).isEmpty();
        assertThat(blog.tables()).allSatisfy(t -> assertThat(t.namespace()).isNull());
    }

    @Test
    void blogUserColumnsInFieldOrder() {
        Table user = blog.table("User").orElseThrow();
        assertThat(user.columns()).containsExactly(
                new Column("id", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false,
                        new ColumnDefault.Sequence("User_id_seq", null), true, null),
                new Column("email", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), false, null, false, null),
                new Column("name", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), true, null, false, null),
                new Column("password", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), false, null, false, null),
                new Column("role", ColumnType.of(ColumnTypeFamily.ENUM, "Role"), false,
                        new ColumnDefault.Value("'USER'", null), false, null),
                new Column("createdAt", ColumnType.of(ColumnTypeFamily.DATE_TIME, "TIMESTAMP(3)"), false,
                        new ColumnDefault.Now(null), false, null),
                new Column("updatedAt", ColumnType.of(ColumnTypeFamily.DATE_TIME, "TIMESTAMP(3)"), false, null, false,
                        null));
        assertThat(user.primaryKey()).isEqualTo(new PrimaryKey("User_pkey", List.of(IndexColumn.of("id"))));
        assertThat(user.indexes()).containsExactly(
                new Index("User_email_key", IndexKind.UNIQUE, List.of(IndexColumn.of("email")), null));
        assertThat(user.foreignKeys()).isEmpty();
    }

    @Test
    void blogEnumIsAType() {
        assertThat(blog.enums()).containsExactly(new SqlEnum(null, "Role", List.of("USER", "ADMIN")));
    }

    @Test
    void blogForeignKeysWithPrismasDefaultActions() {
        assertThat(blog.table("Post").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("Post_authorId_fkey",
                List.of("authorId"), null, "User", List.of("id"), ForeignKeyAction.RESTRICT, CASCADE));
        Table profile = blog.table("Profile").orElseThrow();
        assertThat(profile.foreignKeys()).extracting(ForeignKey::name).containsExactly("Profile_userId_fkey");
        assertThat(profile.indexes()).extracting(Index::name).containsExactly("Profile_userId_key");
        // no index for a foreign key on PostgreSQL
        assertThat(blog.table("Post").orElseThrow().indexes()).isEmpty();
    }

    @Test
    void blogJoinTableHasAPrimaryKeyOnPostgres() {
        Table join = blog.table("_CategoryToPost").orElseThrow();
        assertThat(join.columns()).containsExactly(
                new Column("A", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false, null, false, null),
                new Column("B", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false, null, false, null));
        assertThat(join.primaryKey()).isEqualTo(new PrimaryKey("_CategoryToPost_AB_pkey",
                List.of(IndexColumn.of("A"), IndexColumn.of("B"))));
        assertThat(join.indexes()).containsExactly(
                new Index("_CategoryToPost_B_index", IndexKind.NORMAL, List.of(IndexColumn.of("B")), null));
        assertThat(join.foreignKeys()).containsExactly(
                new ForeignKey("_CategoryToPost_A_fkey", List.of("A"), null, "Category", List.of("id"), CASCADE, CASCADE),
                new ForeignKey("_CategoryToPost_B_fkey", List.of("B"), null, "Post", List.of("id"), CASCADE, CASCADE));
    }

    @Test
    void relationsExplicitActionsMappedNamesAndSelfRelations() {
        SqlSchema sql = Calculate.sql("postgresql", """
                model B {
                  id       Int  @id
                  friends  B[]  @relation("friends")
                  friendOf B[]  @relation("friends")
                  parentId Int?
                  parent   B?   @relation("tree", fields: [parentId], references: [id], onDelete: Cascade, onUpdate: NoAction)
                  children B[]  @relation("tree")
                  cs       C[]
                }
                model C {
                  a    Int
                  b    String
                  bId  Int?
                  bRef B?  @relation(fields: [bId], references: [id], map: "c_to_b")
                  @@id([a, b], map: "c_primary")
                }
                """);
        assertThat(sql.table("B").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("B_parentId_fkey",
                List.of("parentId"), null, "B", List.of("id"), CASCADE, ForeignKeyAction.NO_ACTION));
        Table c = sql.table("C").orElseThrow();
        assertThat(c.primaryKey()).isEqualTo(new PrimaryKey("c_primary", List.of(IndexColumn.of("a"), IndexColumn.of("b"))));
        assertThat(c.foreignKeys()).containsExactly(new ForeignKey("c_to_b", List.of("bId"), null, "B", List.of("id"),
                ForeignKeyAction.SET_NULL, CASCADE));
        Table friends = sql.table("_friends").orElseThrow();
        assertThat(friends.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("B", "B");
        assertThat(friends.primaryKey().name()).isEqualTo("_friends_AB_pkey");
    }

    @Test
    void longNamesAreCutAsPrismaCutsThem() {
        SqlSchema sql = Calculate.sql("postgresql", """
                model A_very_long_model_name_that_goes_on_and_on_and_on_and_on_and_on {
                  id_with_a_long_column_name_that_is_also_long Int @id @default(autoincrement())
                  other_long_column_name_that_is_long_too      Int
                  bs B[]
                  @@unique([id_with_a_long_column_name_that_is_also_long, other_long_column_name_that_is_long_too])
                }
                model B {
                  id Int @id
                  as A_very_long_model_name_that_goes_on_and_on_and_on_and_on_and_on[]
                }
                """);
        Table a = sql.table("A_very_long_model_name_that_goes_on_and_on_and_on_and_on_and_on").orElseThrow();
        assertThat(a.primaryKey().name()).isEqualTo("A_very_long_model_name_that_goes_on_and_on_and_on_and_on_a_pkey");
        assertThat(a.indexes()).extracting(Index::name)
                .containsExactly("A_very_long_model_name_that_goes_on_and_on_and_on_and_on_an_key");
        assertThat(a.columns().get(0).defaultValue()).isEqualTo(new ColumnDefault.Sequence(
                "A_very_long_model_name_that_g_id_with_a_long_column_name_th_seq", null)); // what PostgreSQL names it
        Table join = sql.table("_A_very_long_model_name_that_goes_on_and_on_and_on_and_on_and_o").orElseThrow();
        assertThat(join.primaryKey().name()).isEqualTo("_A_very_long_model_name_that_goes_on_and_on_and_on_and__AB_pkey");
        assertThat(join.indexes()).extracting(Index::name)
                .containsExactly("_A_very_long_model_name_that_goes_on_and_on_and_on_and__B_index");
        assertThat(join.foreignKeys()).extracting(ForeignKey::name).containsExactly(
                "_A_very_long_model_name_that_goes_on_and_on_and_on_and_o_A_fkey",
                "_A_very_long_model_name_that_goes_on_and_on_and_on_and_o_B_fkey");
    }

    @Test
    void viewsHaveNoTableIgnoredModelsAndFieldsDo() {
        SqlSchema sql = Calculate.sql("""
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["views"]
                }
                """ + Calculate.datasource("postgresql") + """
                model Ignored {
                  id Int @id
                  @@ignore
                }
                model Kept {
                  id  Int     @id
                  off String? @ignore
                }
                view V {
                  id Int @unique
                }
                """);
        assertThat(sql.tables()).extracting(Table::name).containsExactly("Ignored", "Kept");
        assertThat(sql.table("Kept").orElseThrow().columns()).extracting(Column::name).containsExactly("id", "off");
    }

    @Test
    void relationModePrismaKeepsJoinTablesWithoutForeignKeys() {
        String schema = Calculate.blog("postgresql").replace("url      = \"postgresql://localhost/db\"",
                "url      = \"postgresql://localhost/db\"\n  relationMode = \"prisma\"");
        SqlSchema sql = Calculate.sql(schema);
        assertThat(sql.tables()).allSatisfy(t -> assertThat(t.foreignKeys()).as(t.name()).isEmpty());
        Table join = sql.table("_CategoryToPost").orElseThrow();
        assertThat(join.primaryKey().name()).isEqualTo("_CategoryToPost_AB_pkey");
        assertThat(join.indexes()).extracting(Index::name).containsExactly("_CategoryToPost_B_index");
        assertThat(sql.table("Post").orElseThrow().indexes()).isEmpty();
    }

    @Test
    void multiSchemaTablesAndEnumsCarryTheirNamespace() {
        SqlSchema sql = Calculate.sql("""
                datasource db {
                  provider = "postgresql"
                  url      = "postgresql://localhost/db"
                  schemas  = ["base", "auth"]
                }
                enum Kind {
                  A
                  B
                  @@schema("auth")
                }
                model User {
                  id    Int     @id
                  kinds Kind[]  @default([A])
                  posts Post[]
                  @@schema("auth")
                }
                model Post {
                  id     Int  @id
                  userId Int
                  user   User @relation(fields: [userId], references: [id])
                  @@schema("base")
                }
                """);
        assertThat(sql.namespaces()).containsExactly("auth", "base");
        assertThat(sql.tables()).extracting(t -> t.namespace() + "." + t.name()).containsExactly("auth.User", "base.Post");
        assertThat(sql.enums()).containsExactly(new SqlEnum("auth", "Kind", List.of("A", "B")));
        assertThat(sql.table("base", "Post").orElseThrow().foreignKeys().get(0).referencedNamespace()).isEqualTo("auth");
        assertThat(sql.table("auth", "User").orElseThrow().column("kinds").orElseThrow().defaultValue())
                .isEqualTo(new ColumnDefault.Value("ARRAY['A']::\"auth\".\"Kind\"[]", null));
    }

    @Test
    void oneDeclaredSchemaIsSpelledLikeNone() {
        // Prisma's SQL for schemas = ["public"] names tables and types unqualified, and a database
        // described in that one schema has null namespaces: both spell it without namespaces
        SqlSchema sql = Calculate.sql("""
                datasource db {
                  provider = "postgresql"
                  url      = "postgresql://localhost/db"
                  schemas  = ["public"]
                }
                enum Kind {
                  A
                  @@schema("public")
                }
                model User {
                  id    Int    @id
                  kinds Kind[] @default([A])
                  @@schema("public")
                }
                """);
        assertThat(sql.namespaces()).isEmpty();
        assertThat(sql.tables()).allSatisfy(t -> assertThat(t.namespace()).isNull());
        assertThat(sql.enums()).containsExactly(new SqlEnum(null, "Kind", List.of("A")));
        assertThat(sql.table("User").orElseThrow().column("kinds").orElseThrow().defaultValue())
                .isEqualTo(new ColumnDefault.Value("ARRAY['A']::\"Kind\"[]", null));
    }

    @Test
    void extensionsAsDeclared() {
        SqlSchema sql = Calculate.sql("""
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["postgresqlExtensions"]
                }
                datasource db {
                  provider   = "postgresql"
                  url        = "postgresql://localhost/db"
                  extensions = [pgvector(map: "vector", schema: "ext", version: "0.5.1"), citext]
                }
                model A {
                  id Int @id
                }
                """);
        assertThat(sql.extensions()).containsExactly(new Extension("citext", null, null),
                new Extension("vector", "ext", "0.5.1"));
    }

    @Test
    void indexOptions() {
        SqlSchema sql = Calculate.sql("postgresql", """
                model T {
                  id   Int      @id
                  s    String
                  v    String   @db.VarChar(12)
                  tags String[]
                  j    Json
                  ip   String   @db.Inet
                  @@index([s(sort: Desc), v(sort: Asc)])
                  @@index([tags(ops: ArrayOps)], type: Gin)
                  @@index([j(ops: JsonbPathOps)], type: Gin)
                  @@index([s], type: Hash, map: "s_hash")
                  @@index([ip(ops: InetOps)], type: Gist)
                  @@unique([s, v], map: "custom_unique")
                }
                """);
        Table t = sql.table("T").orElseThrow();
        // in Prisma's order: @@index attributes, then @@unique, each as declared
        assertThat(t.indexes()).containsExactly(
                new Index("T_s_v_idx", IndexKind.NORMAL, List.of(
                        new IndexColumn("s", dev.refract.migrate.sqlschema.SortOrder.DESC, null, null),
                        IndexColumn.of("v")), null),
                new Index("T_tags_idx", IndexKind.NORMAL, List.of(IndexColumn.of("tags")), "GIN"),
                new Index("T_j_idx", IndexKind.NORMAL, List.of(new IndexColumn("j", null, null, "jsonb_path_ops")), "GIN"),
                new Index("s_hash", IndexKind.NORMAL, List.of(IndexColumn.of("s")), "HASH"),
                new Index("T_ip_idx", IndexKind.NORMAL, List.of(new IndexColumn("ip", null, null, "inet_ops")), "GIST"),
                new Index("custom_unique", IndexKind.UNIQUE, List.of(IndexColumn.of("s"), IndexColumn.of("v")), null));
    }
}
