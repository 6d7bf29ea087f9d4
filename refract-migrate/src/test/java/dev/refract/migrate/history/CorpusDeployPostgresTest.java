package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance: every migration of two real Prisma histories (langfuse: 434, with CREATE INDEX
 * CONCURRENTLY, own BEGIN/COMMIT, $$ bodies, a folder name with a space and an 8-digit prefix;
 * inbox-zero: 240) deploys into an empty PostgreSQL database, the rows carry Prisma's checksums,
 * and status says the database is up to date.
 */
class CorpusDeployPostgresTest {

    @ParameterizedTest
    @ValueSource(strings = {"langfuse__langfuse", "elie222__inbox-zero"})
    void deploysTheWholeHistory(String project) throws SQLException {
        Path folder = Corpus.migrations(project);
        MigrationsDirectory local = MigrationsDirectory.read(folder);
        try (TestDatabase database = TestDatabases.postgres(project.substring(0, 8))) {
            Migrations migrations = Migrations.builder(ConnectionUrl.parse(database.prismaUrl()), folder)
                    .provider(Provider.POSTGRESQL).build();

            long start = System.nanoTime();
            DeployResult result = migrations.deploy();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("deploy of %s: %d migrations in %d ms%n", project, result.applied().size(), millis);

            assertThat(result.applied()).isEqualTo(local.names());
            Map<String, String> recorded = new LinkedHashMap<>();
            try (Connection connection = database.open(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT migration_name, checksum, applied_steps_count,"
                            + " finished_at IS NOT NULL AND rolled_back_at IS NULL AND logs IS NULL"
                            + " FROM _prisma_migrations ORDER BY started_at")) {
                while (rows.next()) {
                    recorded.put(rows.getString(1), rows.getString(2));
                    assertThat(rows.getInt(3)).isEqualTo(1);
                    assertThat(rows.getBoolean(4)).isTrue();
                }
            }
            Map<String, String> expected = new LinkedHashMap<>();
            local.migrations().forEach(m -> expected.put(m.name(), m.checksum().orElseThrow()));
            assertThat(recorded).containsExactlyEntriesOf(expected);

            MigrationStatus status = migrations.status();
            assertThat(status.isUpToDate()).isTrue();
            assertThat(status.applied()).hasSize(local.migrations().size());
            assertThat(status.edited()).isEmpty();
            assertThat(status.render("refract", "prisma/migrations")).endsWith("Database schema is up to date!\n");
            assertThat(migrations.deploy().applied()).isEmpty();
        }
    }
}
