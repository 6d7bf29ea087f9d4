package dev.refract.dialect.connect;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * How one database is reached and how it runs SQL scripts: opening connections with Prisma's
 * settings, turning connection failures into Prisma's P1xxx errors, creating the database a URL
 * names, and running a whole script the way Prisma's schema engine runs migration scripts there.
 */
public interface DatabaseConnections {

    /**
     * Opens a connection for ordinary statements.
     *
     * @throws DatabaseException P1000, P1001, P1003... when the database cannot be reached
     */
    Connection open(ConnectionUrl url);

    /**
     * Opens a connection on which {@link #runScript} can run a whole multi-statement script as one
     * request (PostgreSQL's simple query protocol, MySQL's multi-statements); ordinary statements
     * work on it too.
     */
    Connection openForScripts(ConnectionUrl url);

    /**
     * Runs {@code script} as Prisma runs a migration script on this database, on a connection from
     * {@link #openForScripts}.
     *
     * @throws ScriptFailure when the database reports an error, with its code and Prisma's rendering
     */
    void runScript(Connection connection, String script);

    /** Prisma's error for a failure to open a connection to {@code url}. */
    DatabaseException connectionFailure(SQLException failure, ConnectionUrl url);

    /** Creates the database {@code url} names (a database on the server, or the SQLite file). */
    void createDatabase(ConnectionUrl url);

    /**
     * Where a temporary database named {@code name} (a shadow database) goes: a new database on
     * {@code server}'s server, or a new file in the temporary folder for SQLite. Empty when a server is
     * needed and none is given. Nothing is created yet; see {@link #createDatabase}.
     */
    java.util.Optional<ConnectionUrl> scratchDatabase(java.util.Optional<ConnectionUrl> server, String name);

    /**
     * Drops the database {@code url} names, if it exists (a database on the server, or the SQLite
     * file). Used for temporary shadow databases; no connection to it may be open.
     */
    void dropDatabase(ConnectionUrl url);

    /**
     * Empties the database {@code url} names as Prisma's {@code migrate reset} does: PostgreSQL drops
     * and recreates the URL's schema and {@code namespaces} (the datasource's {@code schemas}), MySQL
     * drops and recreates the database, SQLite starts from an empty file. The history table goes too.
     */
    void reset(ConnectionUrl url, java.util.List<String> namespaces);

    /**
     * Ends whatever transaction a failed script left open (a script's own {@code BEGIN} whose
     * {@code COMMIT} never ran), so the connection can record the failure.
     */
    default void abandonTransaction(Connection connection) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException noTransaction) {
            // nothing was open
        }
    }
}
