package dev.refract.dialect;

import dev.refract.dialect.sql.SqlSyntax;
import dev.refract.dialect.connect.DatabaseConnections;
import dev.refract.dialect.error.DatabaseError;
import dev.refract.dialect.migrations.MigrationSupport;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Provider;
import java.sql.SQLException;

/**
 * Everything that differs between databases at the SQL level, in one place per database:
 * identifier quoting, the SQL of types and statements ({@link SqlSyntax}), capabilities, and the mapping of database
 * errors to Prisma's error codes. Schema-level capabilities come from the provider's
 * {@link Connector}; code outside the dialects asks a dialect, never which database it is.
 */
public interface Dialect extends SqlSyntax {

    Provider provider();

    /** Schema-level capabilities (what a Prisma schema may use on this database). */
    Connector connector();

    /** Quotes an identifier ({@code "name"} on PostgreSQL and SQLite, {@code `name`} on MySQL). */
    @Override
    String quote(String identifier);

    /** A string literal with the database's escaping. */
    default String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Opening connections, mapping their failures to Prisma's codes, running scripts, creating databases. */
    DatabaseConnections connections();

    /** The {@code _prisma_migrations} table, the migration lock and the other needs of the migration history. */
    MigrationSupport migrations();

    /**
     * The database indexes every foreign key on its own (InnoDB). Elsewhere a relation's foreign key
     * is indexed only where the schema declares it ({@code @@index}, {@code @unique}, the id): the
     * client's planner avoids per-parent lookups on unindexed keys.
     */
    default boolean indexesForeignKeys() {
        return false;
    }

    /**
     * Several SELECTs joined with {@code ;} in one prepared statement reach the server in one round
     * trip, their results read in turn ({@code getMoreResults}): PostgreSQL's driver sends each part's
     * Parse/Bind/Execute before one Sync. The client reads a record and the related records it can
     * name before reading the record (their keys are in its where) that way.
     */
    default boolean sendsQueriesTogether() {
        return false;
    }

    /** Binding values and reading columns as the client's Java types. */
    default dev.refract.dialect.values.JdbcValues values() {
        return dev.refract.dialect.values.JdbcValues.STANDARD;
    }

    /**
     * Rows a streamed read asks the driver for at a time ({@code Statement.setFetchSize}); 0 leaves the
     * driver's default, for drivers that already hand rows over as they read them (SQLite).
     */
    default int streamFetchSize() {
        return 0;
    }

    /**
     * Whether a streamed read needs a transaction (autocommit off) for the fetch size to take effect:
     * PostgreSQL's driver only opens a server-side cursor inside one.
     */
    default boolean streamNeedsTransaction() {
        return false;
    }

    /**
     * Whether a streamed result blocks its connection: running another statement on it while the
     * result is open would make the driver read the rest of the result into memory (MySQL/MariaDB's
     * protocol). Streams then read included relations on a second connection.
     */
    default boolean streamBlocksConnection() {
        return false;
    }

    /**
     * What a failed statement's exception means (unique, foreign key, null violations, value too long,
     * serialization failures, timeouts, lost connections), from the database's SQLSTATE, vendor codes
     * and message; {@link DatabaseError.Kind#OTHER} when nothing fits.
     */
    default DatabaseError classify(SQLException failure) {
        return DatabaseError.bySqlState(failure.getSQLState());
    }

    /**
     * The database's own code for a failure, as Prisma's P2010 ("Raw query failed. Code: ...") shows
     * it: the SQLSTATE, or the vendor code when there is no SQLSTATE.
     */
    default String errorCode(SQLException failure) {
        return failure.getSQLState() != null ? failure.getSQLState() : String.valueOf(failure.getErrorCode());
    }

    /** The database's own message for a failure, without the driver's decorations (first line only). */
    default String errorMessage(SQLException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Raw SQL in the database's own placeholder syntax, as Prisma's {@code $queryRawUnsafe} takes it,
     * made ready for JDBC: {@code ?} everywhere except PostgreSQL, whose {@code $1, $2} are rewritten.
     */
    default dev.refract.dialect.sql.RenderedSql nativeRawSql(String sql, java.util.List<Object> values) {
        return new dev.refract.dialect.sql.RenderedSql(sql, values);
    }

    /** The dialect for a provider. */
    static Dialect of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> PostgresDialect.INSTANCE;
            case MYSQL -> MySqlDialect.INSTANCE;
            case SQLITE -> SqliteDialect.INSTANCE;
            default -> throw new IllegalArgumentException("Refract does not support " + provider.id());
        };
    }
}
