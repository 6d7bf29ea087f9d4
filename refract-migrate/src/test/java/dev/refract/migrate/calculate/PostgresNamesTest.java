package dev.refract.migrate.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Serial sequence names as PostgreSQL 15 chooses them (checked with pg_get_serial_sequence). */
class PostgresNamesTest {

    @Test
    void shortNamesAreJoined() {
        assertThat(PostgresNames.serialSequence("User", "id")).isEqualTo("User_id_seq");
    }

    @Test
    void theLongerNameLosesBytesUntilTheNameFits() {
        assertThat(PostgresNames.serialSequence("A_very_long_model_name_that_goes_on_and_on_and_on_and_on_and_on",
                "id_with_a_long_column_name_that_is_also_long"))
                .isEqualTo("A_very_long_model_name_that_g_id_with_a_long_column_name_th_seq");
        assertThat(PostgresNames.serialSequence("t", "c".repeat(70))).isEqualTo("t_" + "c".repeat(57) + "_seq");
    }

    @Test
    void cutsFallOnCharacterBoundaries() {
        String name = PostgresNames.serialSequence("é".repeat(40), "id");
        assertThat(name).isEqualTo("é".repeat(28) + "_id_seq");
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
    }
}
