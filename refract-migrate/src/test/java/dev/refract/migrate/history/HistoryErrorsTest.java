package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryErrorsTest {
    @Test
    void timestampsPrintLikePrismasEngine() {
        assertThat(HistoryErrors.chronoUtc(Instant.parse("2025-10-10T13:48:23.538445Z")))
                .isEqualTo("2025-10-10 13:48:23.538445 UTC");
        assertThat(HistoryErrors.chronoUtc(Instant.parse("2025-10-10T13:48:23.538Z")))
                .isEqualTo("2025-10-10 13:48:23.538 UTC");
        assertThat(HistoryErrors.chronoUtc(Instant.parse("2025-10-10T13:48:23Z"))).isEqualTo("2025-10-10 13:48:23 UTC");
        assertThat(HistoryErrors.chronoUtc(Instant.parse("2025-10-10T13:48:23.000000001Z")))
                .isEqualTo("2025-10-10 13:48:23.000000001 UTC");
    }

    @Test
    void failedMigrationsMessage() {
        MigrationRecord failed = new MigrationRecord("id", "c", null, "20240528214728_add_cursor_index_03", "boom", null,
                Instant.parse("2025-10-10T13:48:23.538445Z"), 0);
        assertThat(HistoryErrors.failedMigrationsFound(List.of(failed)).getMessage()).isEqualTo(
                "migrate found failed migrations in the target database, new migrations will not be applied. Read more"
                        + " about how to resolve migration issues in a production database:"
                        + " https://pris.ly/d/migrate-resolve\n"
                        + "The `20240528214728_add_cursor_index_03` migration started at 2025-10-10 13:48:23.538445 UTC"
                        + " failed\n");
    }
}
