package dev.refract.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "init|init",
        "Add users table|add_users_table",
        "addUserEmail|add_user_email",
        "  --drop: the \"name\" column!|drop_the_name_column",
        "Users & Posts|users_and_posts",
        "Größe ändern|groesse_aendern",
        "café crème|cafe_creme",
        "don't panic|dont_panic",
        "v2 API|v2_api",
        "already_snake__case|already_snake_case",
        "'   '|''",
    })
    void slugsAsPrismaSlugifies(String name, String slug) {
        assertThat(MigrationNames.slug(name)).isEqualTo(slug);
    }

    @Test
    void slugsAreCutAt200Characters() {
        assertThat(MigrationNames.slug("a".repeat(250))).hasSize(200);
    }

    @Test
    void folderNamesAreUtcTimestampsThatNeverGoBackwards() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-05T10:11:12.900Z"), ZoneOffset.UTC);
        assertThat(MigrationNames.folderName(clock, "init", List.of())).isEqualTo("20240305101112_init");
        assertThat(MigrationNames.folderName(clock, "", List.of("20240305101112_init")))
                .isEqualTo("20240305101113_");
        assertThat(MigrationNames.folderName(clock, "x", List.of("20240305101112_a", "20240305101113_b", "0_hand_made")))
                .isEqualTo("20240305101114_x");
        assertThat(MigrationNames.folderName(clock, "x", List.of("20200101000000_old"))).isEqualTo("20240305101112_x");
    }
}
