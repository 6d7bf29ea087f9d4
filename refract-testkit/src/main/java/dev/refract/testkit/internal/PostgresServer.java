package dev.refract.testkit.internal;

import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.DatabaseUnavailableException;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Creates and drops PostgreSQL test databases on the configured server; when that server does not
 * answer, fails under CI and otherwise falls back, once per JVM, to an embedded PostgreSQL.
 */
public final class PostgresServer {
    static final String START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
    private static PostgresServer shared;

    private final KitEnvironment environment;
    private final Consumer<String> notices;
    private ServerAddress admin;
    private String unavailable;
    private Throwable unavailableCause;

    /** {@code notices} receives the one-line warnings meant for stderr (tests of the kit collect them). */
    public PostgresServer(KitEnvironment environment, Consumer<String> notices) {
        this.environment = environment;
        this.notices = notices;
    }

    /** The server every test in this JVM uses, configured from the environment. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = new PostgresServer(KitEnvironment.current(), Notices::loud);
        }
        return shared;
    }

    public TestDatabase create(String label) {
        ServerAddress server = server();
        String name = DatabaseNames.unique(label);
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create PostgreSQL database " + name + " on "
                    + server.hostPort() + ": " + e.getMessage(), e);
        }
        ServerAddress target = server.withDatabase(name);
        return new TestDatabase(DatabaseKind.POSTGRES, name, target.jdbcUrl("postgresql"),
                target.prismaUrl("postgresql"), target.user(), target.password(), () -> drop(server, name));
    }

    /** The server that answers: the configured one, else the embedded one (outside CI). */
    synchronized ServerAddress server() {
        if (admin != null) {
            return admin;
        }
        if (unavailable != null) {
            throw new DatabaseUnavailableException(unavailable, unavailableCause);
        }
        ServerAddress configured = environment.postgres();
        try {
            connect(configured).close();
            admin = configured;
            return admin;
        } catch (SQLException e) {
            String where = "PostgreSQL at " + configured.hostPort() + " (as " + configured.user() + ")";
            if (environment.ci()) {
                return fail(where + " is not reachable (" + Notices.reason(e) + ") and CI=true: a missing"
                        + " database server under CI is a failure, not a skip. Start it with: " + START_HINT
                        + " (or set " + KitEnvironment.PG_URL + ")", e);
            }
            try {
                admin = EmbeddedPostgresFallback.start();
            } catch (Exception | LinkageError startFailure) {
                return fail(where + " is not reachable (" + Notices.reason(e) + ") and the embedded PostgreSQL"
                        + " fallback did not start (" + Notices.reason(startFailure) + ")."
                        + " Start a server with: " + START_HINT + " (or set " + KitEnvironment.PG_URL + ")",
                        startFailure);
            }
            notices.accept("NOTICE: " + where + " is not reachable (" + Notices.reason(e) + "); using an EMBEDDED"
                    + " PostgreSQL on " + admin.hostPort() + " for this JVM instead (under CI=true this is"
                    + " a failure).");
            return admin;
        }
    }

    private ServerAddress fail(String message, Throwable cause) {
        unavailable = message;
        unavailableCause = cause;
        throw new DatabaseUnavailableException(message, cause);
    }

    private static void drop(ServerAddress server, String name) {
        try (Connection connection = connect(server)) {
            try (PreparedStatement terminate = connection.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, name);
                terminate.executeQuery().close();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop PostgreSQL database " + name + " on "
                    + server.hostPort() + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(ServerAddress server) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password() == null ? "" : server.password());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        properties.setProperty("ApplicationName", "refract-testkit");
        return DriverManager.getConnection(server.jdbcUrl("postgresql"), properties);
    }
}
