package dev.refract.dialect.migrations;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLite: {@code PRAGMA main.locking_mode=EXCLUSIVE} as Prisma's lock, timestamps as Unix
 * milliseconds (how Prisma's engine binds a DateTime on SQLite).
 */
public final class SqliteMigrationSupport implements MigrationSupport {
    private static final DateTimeFormatter SQLITE_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    @Override
    public String createTableSql() {
        return """
                CREATE TABLE "_prisma_migrations" (
                    "id"                    TEXT PRIMARY KEY NOT NULL,
                    "checksum"              TEXT NOT NULL,
                    "finished_at"           DATETIME,
                    "migration_name"        TEXT NOT NULL,
                    "logs"                  TEXT,
                    "rolled_back_at"        DATETIME,
                    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
                    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
                );
                """;
    }

    /**
     * Holds SQLite's exclusive lock until the connection closes, as Prisma's exclusive locking mode
     * does, waiting up to {@code timeout} for other writers. The lock is taken in the normal locking
     * mode ({@code BEGIN EXCLUSIVE}) and the exclusive mode set only once it is held (so the empty
     * transaction's commit keeps it): in exclusive mode a connection keeps every lock it gets, so two
     * deploys starting together could each keep a shared lock from a failed attempt while waiting for
     * the other's, a deadlock that only the timeout ended.
     */
    @Override
    public void lock(Connection connection, ConnectionUrl url, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=" + Math.max(1, timeout.toMillis()));
        }
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("BEGIN EXCLUSIVE; PRAGMA main.locking_mode=EXCLUSIVE; COMMIT;");
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY")) {
                String file = url.file().map(Object::toString).orElse(url.location());
                String context = "Timed out trying to acquire an exclusive lock on the SQLite database. Elapsed: "
                        + timeout.toMillis() + "ms.";
                throw new DatabaseException("P1002", "The database file at `" + file
                        + "` was reached but timed out. Context: " + context,
                        Map.of("database_file_path", file, "context", context), e);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public List<String> tableNames(Connection connection, ConnectionUrl url, List<String> namespaces)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name ASC")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    /** Milliseconds as Prisma writes them; text as SQLite's {@code current_timestamp} or an ISO date-time also read. */
    @Override
    public Instant getTimestamp(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        String text = value.toString().trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text, SQLITE_TEXT).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notSqliteText) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
