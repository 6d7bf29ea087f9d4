package dev.refract.migrate.describe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlTypesTest {

    @Test
    void enumValuesAreUnescapedAndRespelled() {
        assertThat(MySqlTypes.enumValues("enum('A','it''s','b,c')")).containsExactly("A", "it's", "b,c");
        assertThat(MySqlTypes.enumDefinition("enum('A','it''s')")).isEqualTo("ENUM('A', 'it''s')");
    }

    @Test
    void mySql8SpellingsWithoutDisplayWidths() {
        assertThat(type("int", "int")).isEqualTo(ColumnType.of(ColumnTypeFamily.INT, "INTEGER"));
        assertThat(type("int", "int unsigned")).isEqualTo(ColumnType.of(ColumnTypeFamily.INT, "INTEGER UNSIGNED"));
        assertThat(type("tinyint", "tinyint(1)")).isEqualTo(ColumnType.of(ColumnTypeFamily.BOOLEAN, "BOOLEAN"));
        assertThat(type("tinyint", "tinyint")).isEqualTo(ColumnType.of(ColumnTypeFamily.INT, "TINYINT"));
        assertThat(type("geometry", "geometry")).isEqualTo(ColumnType.of(ColumnTypeFamily.UNSUPPORTED, "geometry"));
    }

    private static ColumnType type(String dataType, String columnType) {
        return MySqlTypes.columnType(new MySqlTypes.Info(dataType, columnType, null, null, null, null), false);
    }

    @Test
    void listsAreNotAMySqlThing() {
        assertThat(List.of(type("json", "json"))).allSatisfy(t -> assertThat(t.list()).isFalse());
    }
}
