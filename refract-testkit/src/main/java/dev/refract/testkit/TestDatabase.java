package dev.refract.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One fresh, empty database that belongs to one test class (or to whoever created it through
 * {@link TestDatabases}). It carries what code under test needs to reach it: the JDBC URL, the
 * Prisma-style URL a schema's {@code datasource} would hold, and the credentials. Closing it drops
 * the database (or deletes the SQLite file); the JUnit extensions do that after the class.
 */
public final class TestDatabase implements AutoCloseable {
    private final DatabaseKind kind;
    private final String name;
    private final String jdbcUrl;
    private final String prismaUrl;
    private final String user;
    private final String password;
    private final Runnable dropper;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** For the kit's providers; tests receive instances from the extensions or {@link TestDatabases}. */
    public TestDatabase(DatabaseKind kind, String name, String jdbcUrl, String prismaUrl,
            String user, String password, Runnable dropper) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.prismaUrl = Objects.requireNonNull(prismaUrl, "prismaUrl");
        this.user = user;
        this.password = password;
        this.dropper = Objects.requireNonNull(dropper, "dropper");
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The database's name on its server; for SQLite, the file name without {@code .db}. */
    public String name() {
        return name;
    }

    /** For example {@code jdbc:postgresql://127.0.0.1:5432/refract_t_user_test_1a2b3c4d}; no credentials in it. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * The URL as a Prisma schema's {@code datasource url} would hold it, credentials included:
     * {@code postgresql://postgres@127.0.0.1:5432/<db>}, {@code mysql://root@127.0.0.1:3306/<db>},
     * {@code file:/abs/path.db}.
     */
    public String prismaUrl() {
        return prismaUrl;
    }

    /** The user to connect as; {@code null} for SQLite. */
    public String user() {
        return user;
    }

    /** The password, empty when there is none; {@code null} for SQLite. */
    public String password() {
        return password;
    }

    /** Opens a new connection to this database; the caller closes it. */
    public Connection open() throws SQLException {
        if (user == null) {
            return DriverManager.getConnection(jdbcUrl);
        }
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Runs each statement in turn on one short-lived connection: a shortcut for setting up tables. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Drops the database (terminating connections still open to it); calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            dropper.run();
        }
    }

    @Override
    public String toString() {
        return kind + " " + name + " (" + jdbcUrl + ")";
    }
}
