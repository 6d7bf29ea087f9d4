package dev.refract.migrate.describe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both ways information_schema prints defaults: MariaDB (SQL literals) and MySQL 8 (bare content). */
class MySqlDefaultsTest {

    private static String normalize(String raw, String extra, ColumnTypeFamily family, boolean mariaDb) {
        ColumnDefault d = MySqlDefaults.normalize(raw.equals("<null>") ? null : raw, extra,
                ColumnType.of(family, "X"), mariaDb);
        if (d == null) {
            return "none";
        }
        if (d instanceof ColumnDefault.Value v) {
            return "Value " + v.sql();
        }
        if (d instanceof ColumnDefault.Now) {
            return "Now";
        }
        return "Expression " + ((ColumnDefault.Expression) d).sql();
    }

    @ParameterizedTest(name = "MariaDB {0} on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            'it''s'                           | STRING    | Value 'it''s'
            'a\\nb'                           | STRING    | `Value 'a
            b'`
            'USER'                            | ENUM      | Value 'USER'
            0.000000000000000000000000000000  | DECIMAL   | Value 0
            -1                                | INT       | Value -1
            1                                 | BOOLEAN   | Value true
            0                                 | BOOLEAN   | Value false
            current_timestamp(3)              | DATE_TIME | Now
            current_timestamp()               | DATE_TIME | Now
            '2020-01-01 00:00:00.000'         | DATE_TIME | Value '2020-01-01 00:00:00.000'
            uuid()                            | STRING    | Expression (uuid())
            NULL                              | STRING    | none
            'NULL'                            | STRING    | Value 'NULL'
            <null>                            | STRING    | none
            """)
    void mariaDb(String raw, ColumnTypeFamily family, String expected) {
        assertThat(normalize(raw, "", family, true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "MySQL {0} ({1}) on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            it's                     |                   | STRING    | Value 'it''s'
            USER                     |                   | ENUM      | Value 'USER'
            NULL                     |                   | STRING    | Value 'NULL'
            0.000000                 |                   | DECIMAL   | Value 0
            1                        |                   | BOOLEAN   | Value true
            CURRENT_TIMESTAMP(3)     | DEFAULT_GENERATED | DATE_TIME | Now
            uuid()                   | DEFAULT_GENERATED | STRING    | Expression (uuid())
            (now() + interval 1 day) | DEFAULT_GENERATED | DATE_TIME | Expression (now() + interval 1 day)
            <null>                   |                   | STRING    | none
            """)
    void mySql8(String raw, String extra, ColumnTypeFamily family, String expected) {
        assertThat(normalize(raw, extra, family, false)).isEqualTo(expected);
    }
}
