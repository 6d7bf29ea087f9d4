package dev.refract.dialect.migrations;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** PostgreSQL: {@code pg_advisory_lock(72707369)}, TIMESTAMPTZ columns, the URL's schema. */
public final class PostgresMigrationSupport implements MigrationSupport {
    /** Prisma Migrate's advisory lock key; it means nothing else. */
    public static final long ADVISORY_LOCK_KEY = 72707369L;
    private static final long POLL_MILLIS = 50;
    private static final Set<String> POSTGIS_TABLES = Set.of("spatial_ref_sys", "geometry_columns",
            "geography_columns", "raster_columns", "raster_overviews");

    @Override
    public String createTableSql() {
        return """
                CREATE TABLE _prisma_migrations (
                    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
                    checksum                VARCHAR(64) NOT NULL,
                    finished_at             TIMESTAMPTZ,
                    migration_name          VARCHAR(255) NOT NULL,
                    logs                    TEXT,
                    rolled_back_at          TIMESTAMPTZ,
                    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
                    applied_steps_count     INTEGER NOT NULL DEFAULT 0
                );
                """;
    }

    @Override
    public void prepare(Connection connection, ConnectionUrl url) throws SQLException {
        String schema = url.schema().orElse("public");
        boolean exists;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = ?)")) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                exists = row.next() && row.getBoolean(1);
            }
        }
        if (!exists) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA \"" + schema.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /**
     * Takes Prisma's session-level advisory lock. Refract asks with {@code pg_try_advisory_lock}
     * every {@value #POLL_MILLIS} ms instead of waiting inside {@code pg_advisory_lock} as Prisma does:
     * a session waiting inside a statement holds a snapshot, and the {@code CREATE INDEX CONCURRENTLY}
     * of the deploy that holds the lock waits for every older snapshot, so the two would deadlock.
     */
    @Override
    public void lock(Connection connection, ConnectionUrl url, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet row = statement.executeQuery("SELECT pg_try_advisory_lock(" + ADVISORY_LOCK_KEY + ")")) {
                    if (row.next() && row.getBoolean(1)) {
                        return;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw ConnectionErrors.lockTimedOut(url.host(), url.port(), "Timed out trying to acquire a postgres"
                            + " advisory lock (SELECT pg_advisory_lock(" + ADVISORY_LOCK_KEY + ")). Elapsed: "
                            + timeout.toMillis() + "ms. See https://pris.ly/d/migrate-advisory-locking for details.");
                }
                sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
            }
        }
    }

    private static void sleep(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the migration lock", "57014", e);
        }
    }

    @Override
    public List<String> tableNames(Connection connection, ConnectionUrl url, List<String> namespaces)
            throws SQLException {
        Set<String> schemas = new LinkedHashSet<>(namespaces);
        schemas.add(url.schema().orElse("public"));
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT tbl.relname FROM pg_class AS tbl"
                + " INNER JOIN pg_namespace AS namespace ON namespace.oid = tbl.relnamespace"
                + " WHERE tbl.relkind = 'r' AND namespace.nspname = ANY (?) ORDER BY tbl.relname")) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (!POSTGIS_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    @Override
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    @Override
    public Instant getTimestamp(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
