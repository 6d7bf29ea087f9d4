package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.schema.model.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsDirectoryTest {
    @TempDir
    Path folder;

    private void migration(String name, String script) throws IOException {
        Path directory = Files.createDirectories(folder.resolve(name));
        Files.writeString(directory.resolve("migration.sql"), script, StandardCharsets.UTF_8);
    }

    @Test
    void foldersAreOrderedByTheirNamesBytes() throws IOException {
        migration("20250704170658_add_automations", "");
        migration("20250625_add_pivot_table_charttype", "");
        migration("20250604085536_add_histogram_chart_type", "");
        migration("20240126184148_new_models copy", "");
        migration("20240126184148_new_models", "");
        migration("20250625120000_same_day", "");
        migration("Zeta", "");
        migration("alpha", "");
        Files.writeString(folder.resolve("migration_lock.toml"), MigrationLockFile.render(Provider.POSTGRESQL));
        Files.writeString(folder.resolve("README.md"), "not a migration");

        assertThat(MigrationsDirectory.read(folder).names()).containsExactly(
                "20240126184148_new_models",
                "20240126184148_new_models copy",
                "20250604085536_add_histogram_chart_type",
                "20250625120000_same_day",
                "20250625_add_pivot_table_charttype",
                "20250704170658_add_automations",
                "Zeta",
                "alpha");
    }

    @Test
    void nonAsciiNamesSortByUtf8NotByUtf16() throws IOException {
        migration("m_\uFF21", ""); // FULLWIDTH A: UTF-8 EF BC A1
        migration("m_\uD83D\uDE00", ""); // emoji: UTF-8 F0 9F 98 80, but a surrogate (D83D) in UTF-16
        assertThat(MigrationsDirectory.read(folder).names()).containsExactly("m_\uFF21", "m_\uD83D\uDE00");
    }

    @Test
    void scriptsAreReadAsTextAndAFolderWithoutScriptIsKept() throws IOException {
        migration("1_a", "CREATE TABLE a ();\r\n");
        Files.createDirectories(folder.resolve("2_empty_folder"));
        MigrationsDirectory directory = MigrationsDirectory.read(folder);

        assertThat(directory.migration("1_a").orElseThrow().scriptText()).contains("CREATE TABLE a ();\r\n");
        LocalMigration empty = directory.migration("2_empty_folder").orElseThrow();
        assertThat(empty.scriptText()).isEmpty();
        assertThat(empty.readError()).isEqualTo("file not found");
    }

    @Test
    void missingFolderIsAnEmptyHistory() {
        MigrationsDirectory directory = MigrationsDirectory.read(folder.resolve("nope"));
        assertThat(directory.migrations()).isEmpty();
        assertThat(directory.lockFile()).isEmpty();
        directory.checkProvider(Provider.MYSQL); // nothing to compare with
    }

    @Test
    void lockFileProviderMustMatchTheSchemas() throws IOException {
        MigrationsDirectory.writeLockFile(folder, Provider.POSTGRESQL);
        MigrationsDirectory directory = MigrationsDirectory.read(folder);
        directory.checkProvider(Provider.POSTGRESQL);

        assertThatThrownBy(() -> directory.checkProvider(Provider.MYSQL)).isInstanceOfSatisfying(DatabaseException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("P3019");
                    assertThat(e.getMessage()).isEqualTo("The datasource provider `mysql` specified in your schema does"
                            + " not match the one specified in the migration_lock.toml, `postgresql`. Please remove your"
                            + " current migration directory and start a new migration history with prisma migrate dev."
                            + " Read more: https://pris.ly/d/migrate-provider-switch");
                });
    }

    @Test
    void corpusHistoriesAreReadInFull() {
        Path corpus = Corpus.migrations("langfuse__langfuse");
        MigrationsDirectory langfuse = MigrationsDirectory.read(corpus);
        assertThat(langfuse.migrations()).hasSize(434);
        assertThat(langfuse.migrations()).allSatisfy(m -> assertThat(m.scriptText()).isPresent());
        assertThat(langfuse.names().get(0)).isEqualTo("20230518191501_init");
        langfuse.checkProvider(Provider.POSTGRESQL);
        assertThat(MigrationsDirectory.read(Corpus.migrations("elie222__inbox-zero")).migrations()).hasSize(240);
    }
}
