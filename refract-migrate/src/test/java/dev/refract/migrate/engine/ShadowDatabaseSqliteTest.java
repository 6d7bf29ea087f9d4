package dev.refract.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.history.LocalMigration;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShadowDatabaseSqliteTest {
    @Test
    void aTemporaryFileNeedsNoServerAndIsDeleted() {
        Path file;
        try (ShadowDatabase shadow = ShadowDatabase.open(Provider.SQLITE, Optional.empty(), Optional.empty(), List.of())) {
            file = shadow.url().file().orElseThrow();
            assertThat(file).exists();
            assertThat(shadow.apply(List.of(new LocalMigration("1_a", Path.of("1_a"),
                    "CREATE TABLE a (id INTEGER PRIMARY KEY);", null))).tables()).extracting(Table::name)
                    .containsExactly("a");
        }
        assertThat(Files.exists(file)).isFalse();
    }
}
