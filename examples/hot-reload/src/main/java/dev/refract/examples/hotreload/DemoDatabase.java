package dev.refract.examples.hotreload;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Provider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The demo's database: created when missing, with the table the application counts, and a
 * connection of its own (another application_name) that counts the application's backends.
 */
final class DemoDatabase implements AutoCloseable {
    private final Connection monitor;
    private final String applicationName;

    private DemoDatabase(Connection monitor, String applicationName) {
        this.monitor = monitor;
        this.applicationName = applicationName;
    }

    /** Opens {@code url}'s database, creating it (and the {@code Item} table) when missing, to count {@code applicationName}'s backends. */
    static DemoDatabase open(ConnectionUrl url, String applicationName) throws SQLException {
        Dialect dialect = Dialect.of(Provider.POSTGRESQL);
        Connection monitor;
        try {
            monitor = dialect.connections().open(url);
        } catch (DatabaseException e) {
            if (!"P1003".equals(e.code())) {
                throw e;
            }
            dialect.connections().createDatabase(url);
            monitor = dialect.connections().open(url);
        }
        try (Statement s = monitor.createStatement(); PreparedStatement rename = monitor.prepareStatement(
                "SELECT set_config('application_name', ?, false)")) {
            rename.setString(1, applicationName + "-monitor"); // the monitor does not count itself
            rename.execute();
            if (missingTable(s)) {
                s.execute("CREATE TABLE \"Item\" (id integer PRIMARY KEY)");
                s.execute("INSERT INTO \"Item\" VALUES (1)");
            }
        }
        return new DemoDatabase(monitor, applicationName);
    }

    private static boolean missingTable(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT to_regclass('\"Item\"') IS NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The server processes (backends) the application holds now: pg_stat_activity rows with its application_name. */
    int backends() throws SQLException {
        try (PreparedStatement s = monitor.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            s.setString(1, applicationName);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        monitor.close();
    }
}
