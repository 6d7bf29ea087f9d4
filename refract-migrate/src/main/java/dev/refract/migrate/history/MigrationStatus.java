package dev.refract.migrate.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a database stands against a migrations folder, migration by migration.
 *
 * <ul>
 *   <li>applied: finished and not rolled back;</li>
 *   <li>pending: in the folder, with no row, or only rolled-back rows (deploy would apply it);</li>
 *   <li>failed: a row that neither finished nor was rolled back (blocks deploy, P3009);</li>
 *   <li>edited: applied, but the script's checksum no longer matches (line endings aside);</li>
 *   <li>database only: applied or failed in the database, missing from the folder.</li>
 * </ul>
 *
 * @param localMigrations    the folder's migrations, in order
 * @param hasMigrationsTable whether {@code _prisma_migrations} exists
 */
public record MigrationStatus(List<String> localMigrations, boolean hasMigrationsTable, List<String> applied,
        List<String> pending, List<String> failed, List<String> edited, List<String> databaseOnly) {

    public MigrationStatus {
        localMigrations = List.copyOf(localMigrations);
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        failed = List.copyOf(failed);
        edited = List.copyOf(edited);
        databaseOnly = List.copyOf(databaseOnly);
    }

    /** Compares the folder with the table's rows. */
    static MigrationStatus compute(List<LocalMigration> local, List<MigrationRecord> records, boolean hasTable) {
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        Set<String> localNames = new LinkedHashSet<>();
        for (LocalMigration migration : local) {
            localNames.add(migration.name());
            List<MigrationRecord> rows = records.stream()
                    .filter(record -> record.migrationName().equals(migration.name())).toList();
            Optional<MigrationRecord> appliedRow = rows.stream().filter(MigrationRecord::isApplied)
                    .reduce((first, second) -> second);
            boolean failedRow = rows.stream().anyMatch(MigrationRecord::isFailed);
            if (failedRow) {
                failed.add(migration.name());
            }
            if (appliedRow.isPresent()) {
                applied.add(migration.name());
                if (!migration.matchesChecksum(appliedRow.get().checksum())) {
                    edited.add(migration.name());
                }
            } else if (!failedRow) {
                pending.add(migration.name());
            }
        }
        Set<String> databaseOnly = new LinkedHashSet<>();
        for (MigrationRecord record : records) {
            if (!localNames.contains(record.migrationName()) && !record.isRolledBack()) {
                databaseOnly.add(record.migrationName());
            }
            if (!localNames.contains(record.migrationName()) && record.isFailed()
                    && !failed.contains(record.migrationName())) {
                failed.add(record.migrationName());
            }
        }
        return new MigrationStatus(List.copyOf(localNames), hasTable, applied, pending, failed, edited,
                List.copyOf(databaseOnly));
    }

    /** Nothing pending, failed or only in the database, and the database has a history. */
    public boolean isUpToDate() {
        return hasMigrationsTable && pending.isEmpty() && failed.isEmpty() && databaseOnly.isEmpty();
    }

    /** The exit code of {@code migrate status}: 0 when up to date, else 1. Edited migrations alone do not fail it. */
    public int exitCode() {
        return isUpToDate() ? 0 : 1;
    }

    /** The last migration of the folder that the database also has, before the first one it lacks. */
    public Optional<String> lastCommonMigration() {
        String last = null;
        for (String name : localMigrations) {
            if (pending.contains(name)) {
                break;
            }
            last = name;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The report Prisma's {@code migrate status} prints, with Refract's commands.
     *
     * @param command     the CLI's name, as in {@code refract migrate deploy}
     * @param folderLabel the migrations folder as shown, Prisma's {@code prisma/migrations}
     */
    public String render(String command, String folderLabel) {
        return StatusText.render(this, command, folderLabel);
    }
}
