package dev.refract.dialect.migrations;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** MySQL and MariaDB: {@code GET_LOCK('prisma_migrate', 10)}, DATETIME(3) columns holding UTC. */
public final class MySqlMigrationSupport implements MigrationSupport {
    /** The named lock Prisma Migrate takes. */
    public static final String LOCK_NAME = "prisma_migrate";

    @Override
    public String createTableSql() {
        return """
                CREATE TABLE _prisma_migrations (
                    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                    checksum                VARCHAR(64) NOT NULL,
                    finished_at             DATETIME(3),
                    migration_name          VARCHAR(255) NOT NULL,
                    logs                    TEXT,
                    rolled_back_at          DATETIME(3),
                    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
                ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                """;
    }

    /**
     * {@code GET_LOCK} answers 1 when it got the lock and 0 when the timeout passed. Prisma ignores
     * the answer and carries on unlocked; Refract reports the timeout instead (P1002).
     */
    @Override
    public void lock(Connection connection, ConnectionUrl url, Duration timeout) throws SQLException {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, LOCK_NAME);
            statement.setLong(2, seconds);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || row.getInt(1) != 1) {
                    throw ConnectionErrors.lockTimedOut(url.host(), url.port(), "Timed out trying to acquire a MySQL"
                            + " lock (SELECT GET_LOCK('" + LOCK_NAME + "', " + seconds + ")). Elapsed: "
                            + seconds * 1000 + "ms.");
                }
            }
        }
    }

    @Override
    public List<String> tableNames(Connection connection, ConnectionUrl url, List<String> namespaces)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY BINARY table_name")) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    @Override
    public Instant getTimestamp(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
