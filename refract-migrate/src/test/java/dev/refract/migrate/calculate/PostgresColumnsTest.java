package dev.refract.migrate.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PostgreSQL column types and defaults, one field each. The expectations are what PostgreSQL reports
 * after running Prisma's own {@code migrate diff --from-empty} SQL for these fields, in the
 * describers' spelling (checked against Prisma 7.10 while writing them).
 */
class PostgresColumnsTest {

    private static final Table TABLE = Calculate.sql("postgresql", """
            enum Role {
              USER  @map("user")
              ADMIN @map("admin")
              @@map("roles")
            }
            model Everything {
              id     BigInt   @id @default(autoincrement())
              small  Int      @default(autoincrement()) @db.SmallInt
              i      Int      @default(-1)
              big    BigInt   @default(42)
              f      Float    @default(1.50)
              d      Decimal  @default(0.10)
              d2     Decimal  @default("2.5") @db.Decimal(10, 2)
              b      Boolean  @default(true)
              s      String   @default("it's")
              uuid   String   @default(uuid()) @db.Uuid
              uuid2  String   @default(dbgenerated("gen_random_uuid()")) @db.Uuid
              cuid   String   @default(cuid())
              nano   String   @default(nanoid())
              dt     DateTime @default(now())
              tstz   DateTime @default(now()) @db.Timestamptz(3)
              upd    DateTime @updatedAt
              j      Json     @default("{\\"b\\":1,\\"a\\":[1, 2.50, \\"x\\"]}")
              j2     Json     @default("[]") @db.Json
              bytes  Bytes    @default("AQID")
              role   Role     @default(ADMIN)
              roles  Role[]   @default([USER, ADMIN])
              tags   String[] @default(["a", "b"])
              ints   Int[]    @default([1, 2])
              empty  String[] @default([])
              vcs    String[] @db.VarChar(5)
              flag   Boolean?
              unsup  Unsupported("tsvector")?
              unsup2 Unsupported("int4range")? @default(dbgenerated("'[1,3)'::int4range"))
              gen    String   @default(dbgenerated())
              mapped String?  @map("mapped_column")
              @@map("everything")
            }
            """).table("everything").orElseThrow();

    @ParameterizedTest(name = "@db.{0} is {2}")
    @CsvSource(delimiter = '|', value = {
        "SmallInt         | Int      | SMALLINT         | INT",
        "Integer          | Int      | INTEGER          | INT",
        "BigInt           | BigInt   | BIGINT           | BIG_INT",
        "Oid              | Int      | OID              | INT",
        "Real             | Float    | REAL             | FLOAT",
        "DoublePrecision  | Float    | DOUBLE PRECISION | FLOAT",
        "Decimal          | Decimal  | DECIMAL          | DECIMAL",
        "Decimal(10, 2)   | Decimal  | DECIMAL(10,2)    | DECIMAL",
        "Money            | Decimal  | MONEY            | DECIMAL",
        "Boolean          | Boolean  | BOOLEAN          | BOOLEAN",
        "Text             | String   | TEXT             | STRING",
        "Citext           | String   | CITEXT           | STRING",
        "VarChar          | String   | VARCHAR          | STRING",
        "VarChar(12)      | String   | VARCHAR(12)      | STRING",
        "Char             | String   | CHAR(1)          | STRING",
        "Char(3)          | String   | CHAR(3)          | STRING",
        "Bit              | String   | BIT(1)           | STRING",
        "VarBit           | String   | VARBIT           | STRING",
        "VarBit(7)        | String   | VARBIT(7)        | STRING",
        "Xml              | String   | XML              | STRING",
        "Inet             | String   | INET             | STRING",
        "Uuid             | String   | UUID             | UUID",
        "Json             | Json     | JSON             | JSON",
        "JsonB            | Json     | JSONB            | JSON",
        "ByteA            | Bytes    | BYTEA            | BINARY",
        "Date             | DateTime | DATE             | DATE_TIME",
        "Time(2)          | DateTime | TIME(2)          | DATE_TIME",
        "Timetz           | DateTime | TIMETZ           | DATE_TIME",
        "Timestamp        | DateTime | TIMESTAMP        | DATE_TIME",
        "Timestamp(6)     | DateTime | TIMESTAMP(6)     | DATE_TIME",
        "Timestamptz(3)   | DateTime | TIMESTAMPTZ(3)   | DATE_TIME",
    })
    void nativeTypes(String nativeType, String scalar, String sqlType, ColumnTypeFamily family) {
        Column column = Calculate.sql("postgresql", "model T {\n  id Int @id\n  c " + scalar + " @db." + nativeType
                + "\n}\n").table("T").orElseThrow().column("c").orElseThrow();
        assertThat(column.type()).isEqualTo(ColumnType.of(family, sqlType));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Int      | INTEGER          | INT",
        "BigInt   | BIGINT           | BIG_INT",
        "Float    | DOUBLE PRECISION | FLOAT",
        "Decimal  | DECIMAL(65,30)   | DECIMAL",
        "Boolean  | BOOLEAN          | BOOLEAN",
        "String   | TEXT             | STRING",
        "DateTime | TIMESTAMP(3)     | DATE_TIME",
        "Json     | JSONB            | JSON",
        "Bytes    | BYTEA            | BINARY",
    })
    void defaultTypes(String scalar, String sqlType, ColumnTypeFamily family) {
        Column column = Calculate.sql("postgresql", "model T {\n  id Int @id\n  c " + scalar + "\n}\n")
                .table("T").orElseThrow().column("c").orElseThrow();
        assertThat(column.type()).isEqualTo(ColumnType.of(family, sqlType));
        assertThat(column.nullable()).isFalse();
    }

    @Test
    void autoincrementIsASerialWithItsSequence() {
        assertThat(column("id")).isEqualTo(new Column("id", ColumnType.of(ColumnTypeFamily.BIG_INT, "BIGINT"), false,
                new ColumnDefault.Sequence("everything_id_seq", null), true, null));
        assertThat(column("small").type().sqlType()).isEqualTo("SMALLINT");
        assertThat(column("small").defaultValue()).isEqualTo(new ColumnDefault.Sequence("everything_small_seq", null));
    }

    @Test
    void literalDefaults() {
        assertThat(value("i")).isEqualTo("-1");
        assertThat(value("big")).isEqualTo("42");
        assertThat(value("f")).isEqualTo("1.5");
        assertThat(value("d")).isEqualTo("0.1");
        assertThat(value("d2")).isEqualTo("2.5");
        assertThat(value("b")).isEqualTo("true");
        assertThat(value("s")).isEqualTo("'it''s'");
        assertThat(value("bytes")).isEqualTo("'\\x010203'");
    }

    @Test
    void jsonbDefaultsInJsonbLayoutJsonAsWritten() {
        assertThat(value("j")).isEqualTo("'{\"a\": [1, 2.50, \"x\"], \"b\": 1}'");
        assertThat(value("j2")).isEqualTo("'[]'");
    }

    @Test
    void enumDefaultsByDatabaseName() {
        assertThat(column("role").type()).isEqualTo(ColumnType.of(ColumnTypeFamily.ENUM, "roles"));
        assertThat(value("role")).isEqualTo("'admin'");
        assertThat(column("roles").type()).isEqualTo(ColumnType.of(ColumnTypeFamily.ENUM, "roles").asList());
        assertThat(value("roles")).isEqualTo("ARRAY['user', 'admin']::\"roles\"[]");
    }

    @Test
    void listsAreArraysWithoutNotNull() {
        assertThat(column("tags")).isEqualTo(new Column("tags", ColumnType.of(ColumnTypeFamily.STRING, "TEXT").asList(),
                true, new ColumnDefault.Value("ARRAY['a', 'b']::TEXT[]", null), false, null));
        assertThat(value("ints")).isEqualTo("ARRAY[1, 2]::INTEGER[]");
        assertThat(value("empty")).isEqualTo("ARRAY[]::TEXT[]");
        assertThat(column("vcs").type()).isEqualTo(ColumnType.of(ColumnTypeFamily.STRING, "VARCHAR(5)").asList());
        assertThat(column("vcs").defaultValue()).isNull();
    }

    @Test
    void nowAndDatabaseExpressions() {
        assertThat(column("dt").defaultValue()).isEqualTo(new ColumnDefault.Now(null));
        assertThat(column("tstz").defaultValue()).isEqualTo(new ColumnDefault.Now(null));
        assertThat(column("uuid2").defaultValue()).isEqualTo(new ColumnDefault.Expression("gen_random_uuid()", null));
        assertThat(column("unsup2").defaultValue()).isEqualTo(new ColumnDefault.Expression("'[1,3)'::int4range", null));
        assertThat(column("gen").defaultValue()).isEqualTo(new ColumnDefault.Expression("", null));
    }

    @Test
    void clientSideDefaultsLeaveNoDatabaseDefault() {
        for (String name : new String[] {"uuid", "cuid", "nano", "upd", "flag"}) {
            assertThat(column(name).defaultValue()).as(name).isNull();
        }
        assertThat(column("uuid").type()).isEqualTo(ColumnType.of(ColumnTypeFamily.UUID, "UUID"));
    }

    @Test
    void unsupportedTypesAsWrittenAndMappedNames() {
        assertThat(column("unsup").type()).isEqualTo(ColumnType.of(ColumnTypeFamily.UNSUPPORTED, "tsvector"));
        assertThat(column("unsup").nullable()).isTrue();
        assertThat(TABLE.column("mapped")).isEmpty();
        assertThat(column("mapped_column").type().sqlType()).isEqualTo("TEXT");
    }

    private static Column column(String name) {
        return TABLE.column(name).orElseThrow(() -> new AssertionError("no column " + name));
    }

    private static String value(String name) {
        return ((ColumnDefault.Value) column(name).defaultValue()).sql();
    }
}
