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

/** The MySQL/MariaDB schema Prisma creates: the blog example, native types, enums inline, MySQL's index options. */
class MySqlCalculationTest {
    private final SqlSchema blog = Calculate.sql(Calculate.blog("mysql"));

    @Test
    void blogUser() {
        Table user = blog.table("User").orElseThrow();
        assertThat(user.columns()).containsExactly(
                new Column("id", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false, null, true, null),
                new Column("email", ColumnType.of(ColumnTypeFamily.STRING, "VARCHAR(191)"), false, null, false, null),
                new Column("name", ColumnType.of(ColumnTypeFamily.STRING, "VARCHAR(191)"), true, null, false, null),
                new Column("password", ColumnType.of(ColumnTypeFamily.STRING, "VARCHAR(191)"), false, null, false, null),
                new Column("role", ColumnType.of(ColumnTypeFamily.ENUM, "ENUM('USER', 'ADMIN')"), false,
                        new ColumnDefault.Value("'USER'", null), false, null),
                new Column("createdAt", ColumnType.of(ColumnTypeFamily.DATE_TIME, "DATETIME(3)"), false,
                        new ColumnDefault.Now(null), false, null),
                new Column("updatedAt", ColumnType.of(ColumnTypeFamily.DATE_TIME, "DATETIME(3)"), false, null, false,
                        null));
        assertThat(user.primaryKey()).as("MySQL keys have no name").isEqualTo(new PrimaryKey(null, List.of(IndexColumn.of("id"))));
        assertThat(user.indexes()).extracting(Index::name).containsExactly("User_email_key");
        assertThat(blog.enums()).as("enums live on their columns").isEmpty();
    }

    @Test
    void blogRelations() {
        assertThat(blog.table("Post").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("Post_authorId_fkey",
                List.of("authorId"), null, "User", List.of("id"), ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE));
        assertThat(blog.table("Post").orElseThrow().indexes()).as("MySQL indexes foreign keys by itself").isEmpty();
        Table join = blog.table("_CategoryToPost").orElseThrow();
        assertThat(join.primaryKey()).isNull();
        assertThat(join.indexes()).containsExactly(
                new Index("_CategoryToPost_AB_unique", IndexKind.UNIQUE, List.of(IndexColumn.of("A"), IndexColumn.of("B")),
                        null),
                new Index("_CategoryToPost_B_index", IndexKind.NORMAL, List.of(IndexColumn.of("B")), null));
        assertThat(join.foreignKeys()).extracting(ForeignKey::name)
                .containsExactly("_CategoryToPost_A_fkey", "_CategoryToPost_B_fkey");
    }

    @ParameterizedTest(name = "{1} @db.{0} is {2}")
    @CsvSource(delimiter = '|', value = {
        "Int               | Int      | INTEGER            | INT",
        "UnsignedInt       | Int      | INTEGER UNSIGNED   | INT",
        "SmallInt          | Int      | SMALLINT           | INT",
        "UnsignedSmallInt  | Int      | SMALLINT UNSIGNED  | INT",
        "TinyInt           | Int      | TINYINT            | INT",
        "TinyInt           | Boolean  | BOOLEAN            | BOOLEAN",
        "UnsignedTinyInt   | Int      | TINYINT UNSIGNED   | INT",
        "MediumInt         | Int      | MEDIUMINT          | INT",
        "UnsignedMediumInt | Int      | MEDIUMINT UNSIGNED | INT",
        "BigInt            | BigInt   | BIGINT             | BIG_INT",
        "UnsignedBigInt    | BigInt   | BIGINT UNSIGNED    | BIG_INT",
        "Decimal(10, 2)    | Decimal  | DECIMAL(10, 2)     | DECIMAL",
        "Decimal           | Decimal  | DECIMAL(10, 0)     | DECIMAL",
        "Float             | Float    | FLOAT              | FLOAT",
        "Double            | Float    | DOUBLE             | FLOAT",
        "Bit(1)            | Boolean  | BIT(1)             | BOOLEAN",
        "Bit(8)            | Bytes    | BIT(8)             | BINARY",
        "Char(2)           | String   | CHAR(2)            | STRING",
        "VarChar(255)      | String   | VARCHAR(255)       | STRING",
        "Binary(16)        | Bytes    | BINARY(16)         | BINARY",
        "VarBinary(16)     | Bytes    | VARBINARY(16)      | BINARY",
        "TinyBlob          | Bytes    | TINYBLOB           | BINARY",
        "Blob              | Bytes    | BLOB               | BINARY",
        "MediumBlob        | Bytes    | MEDIUMBLOB         | BINARY",
        "LongBlob          | Bytes    | LONGBLOB           | BINARY",
        "TinyText          | String   | TINYTEXT           | STRING",
        "Text              | String   | TEXT               | STRING",
        "MediumText        | String   | MEDIUMTEXT         | STRING",
        "LongText          | String   | LONGTEXT           | STRING",
        "Date              | DateTime | DATE               | DATE_TIME",
        "Time(3)           | DateTime | TIME(3)            | DATE_TIME",
        "DateTime          | DateTime | DATETIME(0)        | DATE_TIME",
        "DateTime(6)       | DateTime | DATETIME(6)        | DATE_TIME",
        "Timestamp(3)      | DateTime | TIMESTAMP(3)       | DATE_TIME",
        "Year              | Int      | YEAR               | INT",
        "Json              | Json     | JSON               | JSON",
    })
    void nativeTypes(String nativeType, String scalar, String sqlType, ColumnTypeFamily family) {
        assertThat(column("c " + scalar + " @db." + nativeType).type()).isEqualTo(ColumnType.of(family, sqlType));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Int      | INTEGER         | INT",
        "BigInt   | BIGINT          | BIG_INT",
        "Float    | DOUBLE          | FLOAT",
        "Decimal  | DECIMAL(65, 30) | DECIMAL",
        "Boolean  | BOOLEAN         | BOOLEAN",
        "String   | VARCHAR(191)    | STRING",
        "DateTime | DATETIME(3)     | DATE_TIME",
        "Json     | JSON            | JSON",
        "Bytes    | LONGBLOB        | BINARY",
    })
    void defaultTypes(String scalar, String sqlType, ColumnTypeFamily family) {
        assertThat(column("c " + scalar).type()).isEqualTo(ColumnType.of(family, sqlType));
    }

    @Test
    void defaults() {
        assertThat(column("c Boolean @default(true)").defaultValue()).isEqualTo(new ColumnDefault.Value("true", null));
        assertThat(column("c Decimal @default(0.10)").defaultValue()).isEqualTo(new ColumnDefault.Value("0.1", null));
        assertThat(column("c String @default(\"it's\")").defaultValue()).isEqualTo(new ColumnDefault.Value("'it''s'", null));
        assertThat(column("c Json @default(\"{\\\"b\\\":1}\")").defaultValue())
                .as("JSON is not reformatted").isEqualTo(new ColumnDefault.Value("'{\"b\":1}'", null));
        assertThat(column("c String @default(dbgenerated(\"(uuid())\"))").defaultValue())
                .isEqualTo(new ColumnDefault.Expression("(uuid())", null));
        assertThat(column("c String @default(dbgenerated(\"uuid()\"))").defaultValue())
                .as("in parentheses, as MySQL reads expression defaults back")
                .isEqualTo(new ColumnDefault.Expression("(uuid())", null));
        assertThat(column("c DateTime @default(now()) @db.DateTime(6)").defaultValue()).isEqualTo(new ColumnDefault.Now(null));
        Column counter = column("c Int @default(autoincrement()) @unique");
        assertThat(counter.autoIncrement()).isTrue();
        assertThat(counter.defaultValue()).isNull();
    }

    @Test
    void enumsInlineWithDatabaseValues() {
        SqlSchema sql = Calculate.sql("mysql", """
                enum Status {
                  ON  @map("on")
                  OFF @map("it's off")
                }
                model T {
                  id Int    @id
                  s  Status @default(OFF)
                }
                """);
        Column s = sql.table("T").orElseThrow().column("s").orElseThrow();
        assertThat(s.type()).isEqualTo(ColumnType.of(ColumnTypeFamily.ENUM, "ENUM('on', 'it''s off')"));
        assertThat(s.defaultValue()).isEqualTo(new ColumnDefault.Value("'it''s off'", null));
    }

    @Test
    void fulltextPrefixLengthsAndSortOrders() {
        Table t = Calculate.sql("mysql", """
                model T {
                  id    Int    @id
                  title String @db.VarChar(500)
                  body  String @db.Text
                  at    DateTime
                  @@fulltext([title, body])
                  @@index([title(length: 100), at(sort: Desc)])
                  @@unique([body(length: 20)], map: "body_prefix")
                }
                """).table("T").orElseThrow();
        // in Prisma's order: @@index, @@unique, @@fulltext
        assertThat(t.indexes()).containsExactly(
                new Index("T_title_at_idx", IndexKind.NORMAL,
                        List.of(new IndexColumn("title", null, 100, null), new IndexColumn("at", SortOrder.DESC, null, null)),
                        null),
                new Index("body_prefix", IndexKind.UNIQUE, List.of(new IndexColumn("body", null, 20, null)), null),
                new Index("T_title_body_idx", IndexKind.FULLTEXT, List.of(IndexColumn.of("title"), IndexColumn.of("body")),
                        null));
    }

    @Test
    void namesAreCutAt64() {
        Table t = Calculate.sql("mysql", """
                model A_model_with_a_name_long_enough_to_need_cutting_on_mysql_too {
                  id                             Int @id
                  another_rather_long_column_name Int
                  @@index([another_rather_long_column_name])
                }
                """).table("A_model_with_a_name_long_enough_to_need_cutting_on_mysql_too").orElseThrow();
        assertThat(t.indexes()).extracting(Index::name)
                .containsExactly("A_model_with_a_name_long_enough_to_need_cutting_on_mysql_too_idx");
        assertThat(t.indexes().get(0).name()).hasSize(64);
    }

    private static Column column(String field) {
        return Calculate.sql("mysql", "model T {\n  id Int @id\n  " + field + "\n}\n").table("T").orElseThrow()
                .column("c").orElseThrow();
    }
}
