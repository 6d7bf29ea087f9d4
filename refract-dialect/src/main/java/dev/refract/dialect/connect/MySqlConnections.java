package dev.refract.dialect.connect;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB through the MariaDB driver. A script goes to the server as one multi-statement
 * query, as Prisma sends it; the statements run one after the other (DDL commits on its own) and
 * the first error stops the rest. Prisma names the failing statement by its number; the server's
 * {@code Questions} counter tells how many statements ran.
 */
public final class MySqlConnections implements DatabaseConnections {
    private static final Pattern CONNECTION_PREFIX = Pattern.compile("^\\(conn=\\d+\\) ");

    @Override
    public Connection open(ConnectionUrl url) {
        return connect(url, properties(url));
    }

    @Override
    public Connection openForScripts(ConnectionUrl url) {
        Properties properties = properties(url);
        properties.setProperty("allowMultiQueries", "true");
        return connect(url, properties);
    }

    private static Properties properties(ConnectionUrl url) {
        Properties properties = url.jdbcProperties();
        if (url.jdbcUrl().startsWith("jdbc:mysql:")) {
            properties.setProperty("permitMysqlScheme", "true"); // let the MariaDB driver take jdbc:mysql: URLs
        }
        return properties;
    }

    private Connection connect(ConnectionUrl url, Properties properties) {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw connectionFailure(e, url);
        }
    }

    @Override
    public void runScript(Connection connection, String script) {
        if (SqlText.isBlank(script)) {
            return; // the server answers "Query was empty" to a script of comments; Prisma's empty migrations are such
        }
        long before = questions(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(script);
            while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                // drain every statement's result
            }
        } catch (SQLException e) {
            long after = questions(connection);
            String message = CONNECTION_PREFIX.matcher(e.getMessage() == null ? "" : e.getMessage()).replaceFirst("");
            if (e.getErrorCode() == 0) {
                throw new ScriptFailure("none", message, e);
            }
            String position = before >= 0 && after > before
                    ? "\n\nPlease check the query number " + (after - before - 1) + " from the migration file."
                    : "";
            throw new ScriptFailure(String.valueOf(e.getErrorCode()), message + position, e);
        }
    }

    /** The session's statement counter, or -1 when it cannot be read. */
    private static long questions(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            return rows.next() ? rows.getLong(2) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    @Override
    public DatabaseException connectionFailure(SQLException failure, ConnectionUrl url) {
        return switch (failure.getErrorCode()) {
            case 1045 -> ConnectionErrors.authenticationFailed(url.host(), url.user(), failure);
            case 1049 -> ConnectionErrors.databaseDoesNotExist(url.database(), url.host(), url.port(), failure);
            case 1044 -> ConnectionErrors.accessDenied(url.user(), url.database(), failure);
            default -> ConnectionFailures.unreachable(failure)
                    ? ConnectionErrors.unreachable(url.host(), url.port(), failure)
                    : ConnectionErrors.unexpected(CONNECTION_PREFIX.matcher(String.valueOf(failure.getMessage()))
                            .replaceFirst(""), failure);
        };
    }

    @Override
    public void createDatabase(ConnectionUrl url) {
        ConnectionUrl server = url.withDatabase("mysql");
        try (Connection connection = open(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + url.database().replace("`", "``")
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new DatabaseException("P3000", "Failed to create database: " + e.getMessage(),
                    Map.of("database_error", String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public java.util.Optional<ConnectionUrl> scratchDatabase(java.util.Optional<ConnectionUrl> server, String name) {
        return server.map(url -> url.withDatabase(name));
    }

    @Override
    public void dropDatabase(ConnectionUrl url) {
        try (Connection connection = open(url.withDatabase("mysql")); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(url.database()));
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(message(e), e);
        }
    }

    /** Prisma's reset on MySQL: the database is dropped and created again. */
    @Override
    public void reset(ConnectionUrl url, List<String> namespaces) {
        dropDatabase(url);
        createDatabase(url);
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String message(SQLException e) {
        return CONNECTION_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
    }
}
