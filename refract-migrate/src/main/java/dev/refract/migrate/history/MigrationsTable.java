package dev.refract.migrate.history;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.migrations.MigrationSupport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reading and writing {@code _prisma_migrations} the way Prisma's engine does: a row is inserted
 * before the script runs, {@code applied_steps_count} and {@code finished_at} are set once it
 * succeeded, {@code logs} once it failed. Every write commits on its own (autocommit).
 */
public final class MigrationsTable {
    private final Connection connection;
    private final MigrationSupport support;
    private final String table;
    private final Clock clock;

    public MigrationsTable(Connection connection, Dialect dialect, Clock clock) {
        this.connection = connection;
        this.support = dialect.migrations();
        this.table = dialect.quote(MigrationSupport.TABLE);
        this.clock = clock;
    }

    /** Creates the table with Prisma's DDL. */
    public void create() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(support.createTableSql());
        }
    }

    /** Every row, oldest start first. */
    public List<MigrationRecord> list() throws SQLException {
        List<MigrationRecord> records = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, checksum, finished_at, migration_name, logs,"
                        + " rolled_back_at, started_at, applied_steps_count FROM " + table + " ORDER BY started_at ASC")) {
            while (rows.next()) {
                records.add(new MigrationRecord(rows.getString("id"), rows.getString("checksum"),
                        support.getTimestamp(rows, "finished_at"), rows.getString("migration_name"),
                        rows.getString("logs"), support.getTimestamp(rows, "rolled_back_at"),
                        support.getTimestamp(rows, "started_at"), rows.getInt("applied_steps_count")));
            }
        }
        return records;
    }

    /** Inserts the row of a migration about to run; returns its id. */
    public String recordStarted(String migrationName, String checksum) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, checksum);
            support.setTimestamp(insert, 3, now());
            insert.setString(4, migrationName);
            insert.executeUpdate();
        }
        return id;
    }

    /** Counts the script as applied ({@code applied_steps_count + 1}). */
    public void recordSuccessfulStep(String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET applied_steps_count = applied_steps_count + 1 WHERE id = ?")) {
            update.setString(1, id);
            update.executeUpdate();
        }
    }

    /** Records the error of a failed run in {@code logs}. */
    public void recordFailedStep(String id, String logs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET logs = ? WHERE id = ?")) {
            update.setString(1, logs);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    /** Sets {@code finished_at}: the migration is applied. */
    public void recordFinished(String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET finished_at = ? WHERE id = ?")) {
            support.setTimestamp(update, 1, now());
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    /** resolve --applied: a finished row with empty logs and the same start and finish time. */
    public String markApplied(String migrationName, String checksum) throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant now = now();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (id, checksum, logs, started_at, finished_at, migration_name) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, checksum);
            insert.setString(3, "");
            support.setTimestamp(insert, 4, now);
            support.setTimestamp(insert, 5, now);
            insert.setString(6, migrationName);
            insert.executeUpdate();
        }
        return id;
    }

    /** resolve --rolled-back: sets {@code rolled_back_at} on one row. */
    public void markRolledBack(String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET rolled_back_at = ? WHERE id = ?")) {
            support.setTimestamp(update, 1, now());
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
