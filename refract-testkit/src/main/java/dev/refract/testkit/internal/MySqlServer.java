package dev.refract.testkit.internal;

import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.DatabaseUnavailableException;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.opentest4j.TestAbortedException;

/**
 * Creates and drops MySQL/MariaDB test databases on the configured server; when that server does
 * not answer, fails under CI and otherwise skips the tests with a warning on stderr.
 */
public final class MySqlServer {
    static final String START_HINT = "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";
    private static MySqlServer shared;

    private final KitEnvironment environment;
    private final Consumer<String> notices;
    private boolean reachable;
    private String unreachable;
    private Throwable unreachableCause;

    /** {@code notices} receives the one-line warnings meant for stderr (tests of the kit collect them). */
    public MySqlServer(KitEnvironment environment, Consumer<String> notices) {
        this.environment = environment;
        this.notices = notices;
    }

    /** The server every test in this JVM uses, configured from the environment. */
    public static synchronized MySqlServer shared() {
        if (shared == null) {
            shared = new MySqlServer(KitEnvironment.current(), Notices::loud);
        }
        return shared;
    }

    public TestDatabase create(String label) {
        ServerAddress server = environment.mysql();
        if (!reachable()) {
            if (environment.ci()) {
                throw new DatabaseUnavailableException(unreachable + ". CI=true: a missing database server under"
                        + " CI is a failure, not a skip. Start it with: " + START_HINT + " (or set "
                        + KitEnvironment.MYSQL_URL + ")", unreachableCause);
            }
            throw new TestAbortedException(skipReason(label).orElseThrow(), unreachableCause);
        }
        String name = DatabaseNames.unique(label);
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create MySQL database " + name + " on "
                    + server.hostPort() + ": " + e.getMessage(), e);
        }
        ServerAddress target = server.withDatabase(name);
        return new TestDatabase(DatabaseKind.MYSQL, name, target.jdbcUrl("mariadb"),
                target.prismaUrl("mysql"), target.user(), target.password(), () -> drop(server, name));
    }

    /**
     * Why the tests labelled {@code label} are to be skipped, announced on the notice line: the
     * server does not answer and this is not CI. Empty when the server answers, and under CI,
     * where {@link #create} fails instead.
     */
    public Optional<String> skipReason(String label) {
        if (reachable() || environment.ci()) {
            return Optional.empty();
        }
        String message = "MySQL tests SKIPPED (" + label + "): " + unreachable + ". Start it with: " + START_HINT
                + " (or set " + KitEnvironment.MYSQL_URL + "); under CI=true this is a failure.";
        notices.accept("WARNING: " + message);
        return Optional.of(message);
    }

    /** Asks the server once per instance; the answer stands for the rest of the JVM. */
    private synchronized boolean reachable() {
        if (!reachable && unreachable == null) {
            ServerAddress server = environment.mysql();
            try {
                connect(server).close();
                reachable = true;
            } catch (SQLException e) {
                unreachable = "no MySQL/MariaDB server answers at " + server.hostPort() + " (as " + server.user()
                        + "): " + Notices.reason(e);
                unreachableCause = e;
            }
        }
        return reachable;
    }

    private static void drop(ServerAddress server, String name) {
        try (Connection connection = connect(server)) {
            List<Long> leftovers = new ArrayList<>();
            try (PreparedStatement sessions = connection.prepareStatement(
                    "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()")) {
                sessions.setString(1, name);
                try (ResultSet rows = sessions.executeQuery()) {
                    while (rows.next()) {
                        leftovers.add(rows.getLong(1));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (long id : leftovers) {
                    try {
                        statement.execute("KILL " + id);
                    } catch (SQLException alreadyGone) {
                        // the session ended between the query and the KILL: nothing to do
                    }
                }
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop MySQL database " + name + " on "
                    + server.hostPort() + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(ServerAddress server) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password() == null ? "" : server.password());
        properties.setProperty("connectTimeout", "5000");
        return DriverManager.getConnection(server.jdbcUrl("mariadb"), properties);
    }
}
