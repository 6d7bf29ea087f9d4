package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationStatusTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    private static LocalMigration local(String name, String script) {
        return new LocalMigration(name, Path.of(name), script, null);
    }

    private static MigrationRecord applied(String name, String script) {
        return new MigrationRecord(name + "-id", Checksums.of(script), T, name, null, null, T, 1);
    }

    private static MigrationRecord failed(String name) {
        return new MigrationRecord(name + "-failed", "x", null, name, "error", null, T, 0);
    }

    private static MigrationRecord rolledBack(String name) {
        return new MigrationRecord(name + "-rb", "x", null, name, "error", T, T, 0);
    }

    @Test
    void upToDate() {
        MigrationStatus status = MigrationStatus.compute(List.of(local("1_a", "A"), local("2_b", "B")),
                List.of(applied("1_a", "A"), applied("2_b", "B")), true);
        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.exitCode()).isZero();
        assertThat(status.applied()).containsExactly("1_a", "2_b");
        assertThat(status.render("refract", "prisma/migrations"))
                .isEqualTo("2 migrations found in prisma/migrations\n\nDatabase schema is up to date!\n");
    }

    @Test
    void pendingIncludingRolledBackOnes() {
        MigrationStatus status = MigrationStatus.compute(List.of(local("1_a", "A"), local("2_b", "B"), local("3_c", "C")),
                List.of(applied("1_a", "A"), rolledBack("2_b")), true);
        assertThat(status.pending()).containsExactly("2_b", "3_c");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.lastCommonMigration()).contains("1_a");
        assertThat(status.render("refract", "prisma/migrations")).isEqualTo("""
                3 migrations found in prisma/migrations
                Following migrations have not yet been applied:
                2_b
                3_c

                To apply migrations in development run refract migrate dev.
                To apply migrations in production run refract migrate deploy.
                """);
    }

    @Test
    void failedMigration() {
        MigrationStatus status = MigrationStatus.compute(List.of(local("1_a", "A"), local("2_b", "B")),
                List.of(applied("1_a", "A"), failed("2_b")), true);
        assertThat(status.failed()).containsExactly("2_b");
        assertThat(status.pending()).isEmpty();
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.render("refract", "prisma/migrations")).contains("Following migration have failed:\n2_b\n")
                .contains("refract migrate resolve --rolled-back \"2_b\"")
                .contains("refract migrate resolve --applied \"2_b\"");
    }

    @Test
    void editedAfterApplyingIsReportedButIsNotAFailure() {
        MigrationStatus status = MigrationStatus.compute(List.of(local("1_a", "A changed")),
                List.of(applied("1_a", "A")), true);
        assertThat(status.edited()).containsExactly("1_a");
        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.render("refract", "prisma/migrations"))
                .contains("The migration `1_a` was modified after it was applied.");
    }

    @Test
    void crlfCheckoutIsNotAnEdit() {
        MigrationStatus status = MigrationStatus.compute(List.of(local("1_a", "CREATE x;\r\nCREATE y;\r\n")),
                List.of(applied("1_a", "CREATE x;\nCREATE y;\n")), true);
        assertThat(status.edited()).isEmpty();
    }

    @Test
    void onlyInTheDatabase() {
        MigrationStatus status = MigrationStatus.compute(List.of(local("1_a", "A"), local("3_c", "C")),
                List.of(applied("1_a", "A"), applied("2_b", "B"), rolledBack("9_gone")), true);
        assertThat(status.databaseOnly()).containsExactly("2_b");
        assertThat(status.pending()).containsExactly("3_c");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.render("refract", "prisma/migrations")).isEqualTo("""
                2 migrations found in prisma/migrations
                Your local migration history and the migrations table from your database are different:

                The last common migration is: 1_a

                The migration have not yet been applied:
                3_c

                The migration from the database are not found locally in prisma/migrations:
                2_b
                """);
    }

    @Test
    void databaseWithoutHistory() {
        MigrationStatus status = MigrationStatus.compute(List.of(), List.of(), false);
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.render("refract", "prisma/migrations")).isEqualTo("""
                No migration found in prisma/migrations
                The current database is not managed by Prisma Migrate.

                Read more about how to baseline an existing production database:
                https://pris.ly/d/migrate-baseline
                """);
    }
}
