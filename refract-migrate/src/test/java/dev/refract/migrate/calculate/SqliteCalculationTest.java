package dev.refract.migrate.calculate;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQLite schema Prisma creates: the blog example (the project's own provider), types, rowid keys, enums as text. */
class SqliteCalculationTest {
    private final SqlSchema blog = Calculate.sql(Calculate.blog("sqlite"));

    @Test
    void blogUser() {
        Table user = blog.table("User").orElseThrow();
        assertThat(user.columns()).containsExactly(
                new Column("id", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false, null, true, null),
                new Column("email", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), false, null, false, null),
                new Column("name", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), true, null, false, null),
                new Column("password", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), false, null, false, null),
                new Column("role", ColumnType.of(ColumnTypeFamily.STRING, "TEXT"), false,
                        new ColumnDefault.Value("'USER'", null), false, null),
                new Column("createdAt", ColumnType.of(ColumnTypeFamily.DATE_TIME, "DATETIME"), false,
                        new ColumnDefault.Now(null), false, null),
                new Column("updatedAt", ColumnType.of(ColumnTypeFamily.DATE_TIME, "DATETIME"), false, null, false, null));
        assertThat(user.primaryKey()).isEqualTo(new PrimaryKey(null, List.of(IndexColumn.of("id"))));
        assertThat(user.indexes()).containsExactly(
                new Index("User_email_key", IndexKind.UNIQUE, List.of(IndexColumn.of("email")), null));
        assertThat(blog.enums()).isEmpty();
    }

    @Test
    void blogRelationsKeepPrismasForeignKeyNames() {
        assertThat(blog.table("Post").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("Post_authorId_fkey",
                List.of("authorId"), null, "User", List.of("id"), ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE));
        Table join = blog.table("_CategoryToPost").orElseThrow();
        assertThat(join.primaryKey()).isNull();
        assertThat(join.indexes()).extracting(Index::name)
                .containsExactly("_CategoryToPost_AB_unique", "_CategoryToPost_B_index");
        assertThat(join.columns()).extracting(Column::autoIncrement).containsExactly(false, false);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Int      | INTEGER  | INT",
        "BigInt   | BIGINT   | BIG_INT",
        "Float    | REAL     | FLOAT",
        "Decimal  | DECIMAL  | DECIMAL",
        "Boolean  | BOOLEAN  | BOOLEAN",
        "String   | TEXT     | STRING",
        "DateTime | DATETIME | DATE_TIME",
        "Json     | JSONB    | JSON",
        "Bytes    | BLOB     | BINARY",
    })
    void types(String scalar, String sqlType, ColumnTypeFamily family) {
        Column column = Calculate.sql("sqlite", "model T {\n  id Int @id\n  c " + scalar + "?\n}\n").table("T")
                .orElseThrow().column("c").orElseThrow();
        assertThat(column.type()).isEqualTo(ColumnType.of(family, sqlType));
        assertThat(column.nullable()).isTrue();
    }

    @Test
    void onlyAnIntegerPrimaryKeyIncrements() {
        SqlSchema sql = Calculate.sql("sqlite", """
                model Plain {
                  id Int @id
                }
                model Big {
                  id BigInt @id @default(autoincrement())
                }
                model Pair {
                  a Int
                  b Int
                  @@id([a, b])
                }
                """);
        assertThat(sql.table("Plain").orElseThrow().columns().get(0).autoIncrement()).as("a rowid alias").isTrue();
        assertThat(sql.table("Big").orElseThrow().columns().get(0).autoIncrement()).as("BIGINT is no rowid").isFalse();
        assertThat(sql.table("Big").orElseThrow().columns().get(0).defaultValue()).isNull();
        assertThat(sql.table("Pair").orElseThrow().columns()).extracting(Column::autoIncrement).containsExactly(false, false);
    }

    @Test
    void defaults() {
        Table t = Calculate.sql("sqlite", """
                model T {
                  id Int      @id
                  f  Float    @default(1.50)
                  d  Decimal  @default(0.10)
                  b  Boolean  @default(false)
                  s  String   @default(dbgenerated("('x' || 'y')"))
                  at DateTime @default(now())
                  @@index([f(sort: Desc)])
                }
                """).table("T").orElseThrow();
        assertThat(t.column("f").orElseThrow().defaultValue()).isEqualTo(new ColumnDefault.Value("1.5", null));
        assertThat(t.column("d").orElseThrow().defaultValue()).isEqualTo(new ColumnDefault.Value("0.1", null));
        assertThat(t.column("b").orElseThrow().defaultValue()).isEqualTo(new ColumnDefault.Value("false", null));
        assertThat(t.column("s").orElseThrow().defaultValue())
                .as("without the parentheses SQLite wants, as it reports the default")
                .isEqualTo(new ColumnDefault.Expression("'x' || 'y'", null));
        assertThat(t.column("at").orElseThrow().defaultValue()).isEqualTo(new ColumnDefault.Now(null));
        assertThat(t.indexes()).containsExactly(new Index("T_f_idx", IndexKind.NORMAL,
                List.of(new IndexColumn("f", SortOrder.DESC, null, null)), null));
    }
}
