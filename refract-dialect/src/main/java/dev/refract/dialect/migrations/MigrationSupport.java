package dev.refract.dialect.migrations;

import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What Prisma's migration history needs from one database: the {@code _prisma_migrations} table as
 * Prisma creates it, the lock that serialises migration commands, the tables that make a database
 * "not empty", and how the table's timestamps are stored.
 */
public interface MigrationSupport {
    /** The history table's name. */
    String TABLE = "_prisma_migrations";

    /** The {@code CREATE TABLE _prisma_migrations} statement, character for character as Prisma sends it. */
    String createTableSql();

    /**
     * Readies a fresh connection for migration work, as Prisma's engine does when it connects
     * (PostgreSQL creates the URL's schema when it is missing).
     */
    default void prepare(Connection connection, ConnectionUrl url) throws SQLException {
    }

    /**
     * Takes the lock Prisma takes before touching the history, held until the connection closes.
     *
     * @throws dev.refract.dialect.error.DatabaseException P1002 when {@code timeout} passes first
     */
    void lock(Connection connection, ConnectionUrl url, Duration timeout) throws SQLException;

    /**
     * The tables in the database (PostgreSQL: in the URL's schema and {@code namespaces}), the
     * history table included, without the ones Prisma ignores (PostGIS's, SQLite's own).
     */
    List<String> tableNames(Connection connection, ConnectionUrl url, List<String> namespaces) throws SQLException;

    /** Binds a timestamp column value as Prisma stores it on this database. */
    void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException;

    /** Reads a timestamp column, {@code null} when the column is NULL. */
    Instant getTimestamp(ResultSet row, String column) throws SQLException;
}
