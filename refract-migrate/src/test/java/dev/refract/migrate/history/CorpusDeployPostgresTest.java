package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.testing.Calculated;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.TestDatabase;
import dev.refract.testkit.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance: every migration of two real Prisma histories (langfuse: 434, with CREATE INDEX
 * CONCURRENTLY, own BEGIN/COMMIT, $$ bodies, a folder name with a space and an 8-digit prefix;
 * inbox-zero: 240) deploys into an empty PostgreSQL database, the rows carry Prisma's checksums,
 * and status says the database is up to date. Then the database is described and diffed against
 * the project's schema.prisma, and the summary must be what Prisma 7.10's {@code migrate diff
 * --from-config-datasource --to-schema} printed for the same database (resources
 * {@code history/prisma-diff/<project>.txt}): "No difference detected." for langfuse (enum values
 * appended by {@code ALTER TYPE ADD VALUE} and hand-written {@code TEXT[] NOT NULL} are no
 * difference for Prisma either), and for inbox-zero four index renames, because its hand-written
 * index names longer than 63 bytes were cut by PostgreSQL where Prisma cuts its default names
 * earlier (Prisma exits 2 there too).
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

            start = System.nanoTime();
            SqlSchema described;
            try (Connection connection = database.open()) {
                described = Describer.postgres(List.of("public")).describe(connection);
            }
            Path schema = folder.getParent().resolve("schema.prisma");
            SqlSchema calculated = Calculated.schema(readString(schema));
            Migration drift = SchemaDiffer.of(Dialect.of(Provider.POSTGRESQL)).diff(described, calculated);
            System.out.printf("describe + calculate + diff of %s: %d steps in %d ms%n", project, drift.steps().size(),
                    (System.nanoTime() - start) / 1_000_000);
            // Prisma's stdout, compared without the blank lines around it (Prisma ends "No difference
            // detected." with one newline more than a summary of changes)
            assertThat(DriftSummary.render(drift).strip()).as("what Prisma 7.10 says for this database")
                    .isEqualTo(readString(Path.of("src/test/resources/history/prisma-diff", project + ".txt")).strip());
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
