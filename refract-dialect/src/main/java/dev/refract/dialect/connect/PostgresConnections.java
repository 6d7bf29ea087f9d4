package dev.refract.dialect.connect;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL through pgjdbc. Scripts go to the server as one simple-protocol query, as Prisma
 * sends them: the statements run in one implicit transaction unless the script has its own
 * {@code BEGIN}/{@code COMMIT}; {@code CREATE INDEX CONCURRENTLY} works only as the script's single
 * statement; {@code $$} bodies and {@code ?} reach the server untouched.
 */
public final class PostgresConnections implements DatabaseConnections {
    /** Where a new database is created from, in Prisma's order. */
    private static final List<String> ADMIN_DATABASES = List.of("postgres", "template1", "defaultdb");

    @Override
    public Connection open(ConnectionUrl url) {
        return connect(url, url.jdbcProperties());
    }

    @Override
    public Connection openForScripts(ConnectionUrl url) {
        Properties properties = url.jdbcProperties();
        // Simple mode sends a statement's text as one Query message, unsplit: the whole script at once.
        properties.setProperty("preferQueryMode", "simple");
        return connect(url, properties);
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
        try (Statement statement = connection.createStatement()) {
            statement.execute(script);
            while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                // drain every statement's result
            }
        } catch (SQLException e) {
            throw scriptFailure(e, script);
        }
    }

    static ScriptFailure scriptFailure(SQLException failure, String script) {
        ServerErrorMessage server = failure instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null) {
            String code = failure.getSQLState() == null ? "none" : failure.getSQLState();
            return new ScriptFailure(code, failure.getMessage(), failure);
        }
        StringBuilder text = new StringBuilder();
        text.append(server.getSeverity()).append(": ").append(server.getMessage());
        if (server.getDetail() != null) {
            text.append("\nDETAIL: ").append(server.getDetail());
        }
        if (server.getHint() != null) {
            text.append("\nHINT: ").append(server.getHint());
        }
        text.append(ScriptPositions.render(script, server.getPosition()));
        return new ScriptFailure(server.getSQLState(), text.toString(), failure);
    }

    @Override
    public DatabaseException connectionFailure(SQLException failure, ConnectionUrl url) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> ConnectionErrors.authenticationFailed(url.host(), url.user(), failure);
            case "3D000" -> ConnectionErrors.databaseDoesNotExist(url.database(), url.host(), url.port(), failure);
            case "42501" -> ConnectionErrors.accessDenied(url.user(), url.database(), failure);
            default -> ConnectionFailures.unreachable(failure)
                    ? ConnectionErrors.unreachable(url.host(), url.port(), failure)
                    : ConnectionErrors.unexpected(failure.getMessage(), failure);
        };
    }

    @Override
    public void createDatabase(ConnectionUrl url) {
        Connection admin = openAdminConnection(url);
        try (admin; Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE \"" + url.database().replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            // 42P04 duplicate_database, or 23505 when another session's CREATE DATABASE won the race
            if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new DatabaseException("P3000", "Failed to create database: " + e.getMessage(),
                        Map.of("database_error", e.getMessage()), e);
            }
        }
        String schema = url.schema().orElse("public");
        try (Connection connection = open(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    @Override
    public java.util.Optional<ConnectionUrl> scratchDatabase(java.util.Optional<ConnectionUrl> server, String name) {
        return server.map(url -> url.withDatabase(name));
    }

    @Override
    public void dropDatabase(ConnectionUrl url) {
        Connection admin = openAdminConnection(url);
        try (admin; Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(url.database()));
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    /** Prisma's reset: {@code DROP SCHEMA ... CASCADE} and {@code CREATE SCHEMA} for each schema in use. */
    @Override
    public void reset(ConnectionUrl url, List<String> namespaces) {
        Set<String> schemas = new LinkedHashSet<>();
        schemas.add(url.schema().orElse("public"));
        schemas.addAll(namespaces);
        try (Connection connection = open(url); Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
                statement.execute("CREATE SCHEMA " + quote(schema));
            }
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A connection to the first of Prisma's default databases that exists and lets us in. */
    private Connection openAdminConnection(ConnectionUrl url) {
        for (String admin : ADMIN_DATABASES) {
            try {
                return open(url.withDatabase(admin));
            } catch (DatabaseException e) {
                if (!e.code().equals("P1003") && !e.code().equals("P1010")) {
                    throw e;
                }
            }
        }
        String reason = "Prisma could not connect to a default database (`postgres` or `template1`), it cannot"
                + " create the specified database.";
        throw new DatabaseException("P3000", "Failed to create database: " + reason, Map.of("database_error", reason));
    }
}
