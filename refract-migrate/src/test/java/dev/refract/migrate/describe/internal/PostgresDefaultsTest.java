package dev.refract.migrate.describe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What pg_get_expr prints (as checked on PostgreSQL 15) and what it normalises to. */
class PostgresDefaultsTest {

    private static ColumnDefault normalize(String expression, ColumnTypeFamily family, String sqlType, boolean list) {
        ColumnType type = new ColumnType(family, sqlType, list);
        String element = family == ColumnTypeFamily.ENUM ? "\"" + sqlType + "\"" : sqlType;
        return PostgresDefaults.normalize(expression, type, element);
    }

    private static String describe(ColumnDefault d) {
        if (d == null) {
            return "none";
        }
        if (d instanceof ColumnDefault.Value v) {
            return "Value " + v.sql();
        }
        if (d instanceof ColumnDefault.Now) {
            return "Now";
        }
        if (d instanceof ColumnDefault.Sequence s) {
            return "Sequence " + s.sequenceName();
        }
        return "Expression " + ((ColumnDefault.Expression) d).sql();
    }

    @ParameterizedTest(name = "{0} on {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            'USER'::"Role"                                      | ENUM      | Role             | Value 'USER'
            'it''s'::text                                       | STRING    | TEXT             | Value 'it''s'
            'a'::character varying                              | STRING    | VARCHAR(191)     | Value 'a'
            E'a\\'b'::text                                      | STRING    | TEXT             | Value 'a''b'
            '-1'::integer                                       | INT       | INTEGER          | Value -1
            5                                                   | BIG_INT   | BIGINT           | Value 5
            0                                                   | DECIMAL   | DECIMAL(65,30)   | Value 0
            1.50                                                | DECIMAL   | DECIMAL(10,2)    | Value 1.5
            '-2.5'::numeric                                     | FLOAT     | DOUBLE PRECISION | Value -2.5
            (0)                                                 | INT       | INTEGER          | Value 0
            true                                                | BOOLEAN   | BOOLEAN          | Value true
            false                                               | BOOLEAN   | BOOLEAN          | Value false
            '{}'::jsonb                                         | JSON      | JSONB            | Value '{}'
            '\\x0102'::bytea                                    | BINARY    | BYTEA            | Value '\\x0102'
            '2020-01-01 00:00:00'::timestamp without time zone  | DATE_TIME | TIMESTAMP        | Value '2020-01-01 00:00:00'
            CURRENT_TIMESTAMP                                   | DATE_TIME | TIMESTAMP(3)     | Now
            now()                                               | DATE_TIME | TIMESTAMPTZ(6)   | Now
            CURRENT_TIMESTAMP(3)                                | DATE_TIME | TIMESTAMP(6)     | Now
            nextval('"User_id_seq"'::regclass)                  | INT       | INTEGER          | Sequence User_id_seq
            nextval('t_id_seq'::regclass)                       | INT       | INTEGER          | Sequence t_id_seq
            nextval('other."Seq"'::regclass)                    | BIG_INT   | BIGINT           | Sequence Seq
            nextval(('"third_Sequence"'::text)::regclass)       | INT       | INTEGER          | Sequence third_Sequence
            NULL::text                                          | STRING    | TEXT             | none
            gen_random_uuid()                                   | UUID      | UUID             | Expression gen_random_uuid()
            now()                                               | STRING    | TEXT             | Expression now()
            'abc'::text COLLATE "C"                             | STRING    | TEXT             | Expression 'abc'::text COLLATE "C"
            '[1,2]'::vector                                     | UNSUPPORTED | vector(2)      | Expression '[1,2]'::vector
            'x'::text                                           | INT       | INTEGER          | Expression 'x'::text
            """)
    void scalars(String expression, ColumnTypeFamily family, String sqlType, String expected) {
        assertThat(describe(normalize(expression, family, sqlType, false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1} {2}[]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ARRAY[]::text[]                  | STRING  | TEXT             | Value ARRAY[]::TEXT[]
            ARRAY['NEW'::text]               | STRING  | TEXT             | Value ARRAY['NEW']::TEXT[]
            '{}'::text[]                     | STRING  | TEXT             | Value ARRAY[]::TEXT[]
            '{a,"b c"}'::text[]              | STRING  | TEXT             | Value ARRAY['a', 'b c']::TEXT[]
            '{}'::integer[]                  | INT     | INTEGER          | Value ARRAY[]::INTEGER[]
            ARRAY[1, 2]                      | INT     | INTEGER          | Value ARRAY[1, 2]::INTEGER[]
            '{1.50,-2}'::numeric[]           | DECIMAL | DECIMAL(10,2)    | Value ARRAY[1.5, -2]::DECIMAL(10,2)[]
            '{t,f}'::boolean[]               | BOOLEAN | BOOLEAN          | Value ARRAY[true, false]::BOOLEAN[]
            ARRAY[]::"Role"[]                | ENUM    | Role             | Value ARRAY[]::"Role"[]
            ARRAY['USER'::"Role"]            | ENUM    | Role             | Value ARRAY['USER']::"Role"[]
            '{a,NULL}'::text[]               | STRING  | TEXT             | Expression '{a,NULL}'::text[]
            array_fill(0, ARRAY[2])          | INT     | INTEGER          | Expression array_fill(0, ARRAY[2])
            """)
    void lists(String expression, ColumnTypeFamily family, String sqlType, String expected) {
        assertThat(describe(normalize(expression, family, sqlType, true))).isEqualTo(expected);
    }
}
