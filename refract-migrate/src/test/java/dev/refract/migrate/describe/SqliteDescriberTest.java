package dev.refract.migrate.describe;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables written as Prisma's SQLite migrations write them, described. */
@SqliteTest
class SqliteDescriberTest {

    private static final String FIXTURE = """
            -- CreateTable
            CREATE TABLE "User" (
                "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                "email" TEXT NOT NULL,
                "name" TEXT DEFAULT 'it''s',
                "role" TEXT NOT NULL DEFAULT 'USER',
                "active" BOOLEAN NOT NULL DEFAULT true,
                "score" REAL NOT NULL DEFAULT 1.5,
                "balance" DECIMAL NOT NULL DEFAULT 0,
                "rank" INTEGER NOT NULL DEFAULT -1,
                "views" BIGINT NOT NULL DEFAULT 5,
                "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "updatedAt" DATETIME NOT NULL,
                "avatar" BLOB,
                "settings" JSONB,
                "slug" TEXT DEFAULT (lower('A'))
            );

            -- CreateTable
            CREATE TABLE "Post" (
                "id" TEXT NOT NULL PRIMARY KEY,
                "authorId" INTEGER NOT NULL,
                "editorId" INTEGER,
                "title" TEXT NOT NULL,
                CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
                CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
            );

            -- CreateTable
            CREATE TABLE "Membership" (
                "postId" TEXT NOT NULL,
                "userId" INTEGER NOT NULL,

                PRIMARY KEY ("userId", "postId"),
                CONSTRAINT "Membership_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE
            );

            -- CreateTable
            CREATE TABLE "_PostToUser" (
                "A" TEXT NOT NULL,
                "B" INTEGER NOT NULL,
                CONSTRAINT "_PostToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
                CONSTRAINT "_PostToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
            );

            -- CreateTable
            CREATE TABLE "Legacy" (
                "key" INTEGER PRIMARY KEY,
                "code" VARCHAR(10) UNIQUE,
                "owner" INTEGER REFERENCES "User"
            );

            -- CreateIndex
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

            -- CreateIndex
            CREATE INDEX "User_name_email_idx" ON "User"("name" DESC, "email");

            -- CreateIndex
            CREATE UNIQUE INDEX "_PostToUser_AB_unique" ON "_PostToUser"("A", "B");

            -- CreateIndex
            CREATE INDEX "_PostToUser_B_index" ON "_PostToUser"("B");

            CREATE INDEX "User_active_name_idx" ON "User"("name") WHERE "active" = true;
            CREATE INDEX "User_lower_email_idx" ON "User"("id", lower("email") DESC);

            CREATE TABLE "_prisma_migrations" (
                "id" TEXT PRIMARY KEY NOT NULL,
                "checksum" TEXT NOT NULL
            );
            """;

    private static SqlSchema schema;

    @BeforeAll
    static void describe(TestDatabase database) throws SQLException {
        database.execute(Scripts.statements(FIXTURE));
        try (Connection connection = database.open()) {
            schema = new SqliteDescriber().describe(connection);
            assertThat(new SqliteDescriber().describe(connection)).as("deterministic").isEqualTo(schema);
        }
    }

    private static Table table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(String table, String column) {
        return table(table).column(column).orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    @Test
    void tablesSortedByNameWithoutInternalTables() {
        assertThat(schema.tables()).extracting(Table::name)
                .containsExactly("Legacy", "Membership", "Post", "User", "_PostToUser");
        assertThat(schema.enums()).isEmpty();
        assertThat(schema.extensions()).isEmpty();
    }

    @Test
    void columnsWithDeclaredTypes() {
        assertThat(table("User").columns()).extracting(c -> c.name() + " " + c.type().family() + " " + c.type().sqlType()
                + " " + (c.nullable() ? "NULL" : "NOT NULL")).containsExactly(
                "id INT INTEGER NOT NULL",
                "email STRING TEXT NOT NULL",
                "name STRING TEXT NULL",
                "role STRING TEXT NOT NULL",
                "active BOOLEAN BOOLEAN NOT NULL",
                "score FLOAT REAL NOT NULL",
                "balance DECIMAL DECIMAL NOT NULL",
                "rank INT INTEGER NOT NULL",
                "views BIG_INT BIGINT NOT NULL",
                "createdAt DATE_TIME DATETIME NOT NULL",
                "updatedAt DATE_TIME DATETIME NOT NULL",
                "avatar BINARY BLOB NULL",
                "settings JSON JSONB NULL",
                "slug STRING TEXT NULL");
        assertThat(column("Legacy", "code").type()).isEqualTo(ColumnType.of(ColumnTypeFamily.STRING, "VARCHAR(10)"));
    }

    @Test
    void integerPrimaryKeyIsAutoIncrementAndNeverNull() {
        assertThat(column("User", "id")).isEqualTo(
                new Column("id", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false, null, true, null));
        assertThat(column("Legacy", "key").autoIncrement()).isTrue();
        assertThat(column("Legacy", "key").nullable()).isFalse();
        assertThat(column("Post", "id").autoIncrement()).isFalse();
        assertThat(column("Membership", "userId").autoIncrement()).as("part of a composite key").isFalse();
    }

    @Test
    void defaultsNormalised() {
        assertThat(column("User", "name").defaultValue()).isEqualTo(new ColumnDefault.Value("'it''s'", null));
        assertThat(column("User", "role").defaultValue()).isEqualTo(ColumnDefault.ofString("USER"));
        assertThat(column("User", "active").defaultValue()).isEqualTo(ColumnDefault.ofBoolean(true));
        assertThat(column("User", "score").defaultValue()).isEqualTo(new ColumnDefault.Value("1.5", null));
        assertThat(column("User", "balance").defaultValue()).isEqualTo(new ColumnDefault.Value("0", null));
        assertThat(column("User", "rank").defaultValue()).isEqualTo(new ColumnDefault.Value("-1", null));
        assertThat(column("User", "views").defaultValue()).isEqualTo(new ColumnDefault.Value("5", null));
        assertThat(column("User", "createdAt").defaultValue()).isEqualTo(new ColumnDefault.Now(null));
        assertThat(column("User", "updatedAt").defaultValue()).isNull();
        assertThat(column("User", "slug").defaultValue()).isEqualTo(new ColumnDefault.Expression("lower('A')", null));
    }

    @Test
    void primaryKeysInKeyOrderWithoutName() {
        assertThat(table("User").primaryKey()).isEqualTo(new PrimaryKey(null, List.of(IndexColumn.of("id"))));
        assertThat(table("Membership").primaryKey())
                .isEqualTo(new PrimaryKey(null, List.of(IndexColumn.of("userId"), IndexColumn.of("postId"))));
        assertThat(table("_PostToUser").primaryKey()).isNull();
    }

    @Test
    void indexes() {
        assertThat(table("User").indexes()).containsExactly(
                new Index("User_email_key", IndexKind.UNIQUE, List.of(IndexColumn.of("email")), null),
                new Index("User_name_email_idx", IndexKind.NORMAL,
                        List.of(new IndexColumn("name", SortOrder.DESC, null, null), IndexColumn.of("email")), null));
        assertThat(table("_PostToUser").indexes()).containsExactly(
                new Index("_PostToUser_AB_unique", IndexKind.UNIQUE, List.of(IndexColumn.of("A"), IndexColumn.of("B")), null),
                new Index("_PostToUser_B_index", IndexKind.NORMAL, List.of(IndexColumn.of("B")), null));
        assertThat(table("Legacy").indexes()).as("UNIQUE constraint").containsExactly(
                new Index("sqlite_autoindex_Legacy_1", IndexKind.UNIQUE, List.of(IndexColumn.of("code")), null));
    }

    @Test
    void partialAndExpressionIndexesKeptApart() {
        assertThat(table("User").unmanagedIndexes()).containsExactly(
                new Index("User_active_name_idx", IndexKind.NORMAL, List.of(IndexColumn.of("name")), null,
                        "\"active\" = true"),
                new Index("User_lower_email_idx", IndexKind.NORMAL, List.of(IndexColumn.of("id"),
                        IndexColumn.ofExpression("lower(\"email\")", SortOrder.DESC)), null, null));
    }

    @Test
    void foreignKeysWithoutNamesSortedByColumns() {
        assertThat(table("Post").foreignKeys()).containsExactly(
                new ForeignKey(null, List.of("authorId"), null, "User", List.of("id"),
                        ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE),
                new ForeignKey(null, List.of("editorId"), null, "User", List.of("id"),
                        ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE));
        assertThat(table("_PostToUser").foreignKeys()).extracting(ForeignKey::columns)
                .containsExactly(List.of("A"), List.of("B"));
        assertThat(table("Legacy").foreignKeys()).as("REFERENCES without columns targets the primary key")
                .containsExactly(new ForeignKey(null, List.of("owner"), null, "User", List.of("id"),
                        ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION));
    }
}
