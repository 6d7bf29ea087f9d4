package dev.refract.dialect.error;

import java.util.Map;

/**
 * Prisma's connection errors (P1xxx). Messages are Prisma's first line; the advice Prisma prints on
 * the following lines is kept in {@link #hint(String, Map)} for adapters that want it.
 */
public final class ConnectionErrors {
    private ConnectionErrors() {
    }

    /** P1000: the server refused the credentials. */
    public static DatabaseException authenticationFailed(String host, String user, Throwable cause) {
        return new DatabaseException("P1000", "Authentication failed against database server at `" + host
                + "`, the provided database credentials for `" + user + "` are not valid.",
                Map.of("database_host", host, "database_user", nullToEmpty(user)), cause);
    }

    /** P1001: nothing answered at host:port (refused, unknown host, connect timeout). */
    public static DatabaseException unreachable(String host, int port, Throwable cause) {
        return new DatabaseException("P1001", "Can't reach database server at `" + host + "`:`" + port + "`",
                Map.of("database_host", host, "database_port", port), cause);
    }

    /** P1002: the server answered but an operation timed out; {@code context} says which. */
    public static DatabaseException timedOut(String host, int port, String context, Throwable cause) {
        return new DatabaseException("P1002", "The database server at `" + host + "`:`" + port
                + "` was reached but timed out. Context: " + context,
                Map.of("database_host", host, "database_port", String.valueOf(port), "context", context), cause);
    }

    /** P1003 on a server: the database does not exist there. */
    public static DatabaseException databaseDoesNotExist(String database, String host, int port, Throwable cause) {
        return new DatabaseException("P1003", "Database `" + database + "` does not exist on the database server at `"
                + host + ":" + port + "`.",
                Map.of("database_name", database, "database_host", host, "database_port", port), cause);
    }

    /** P1003 for SQLite: the file is missing. */
    public static DatabaseException sqliteFileDoesNotExist(String fileName, String filePath) {
        return new DatabaseException("P1003", "Database " + fileName + " does not exist at " + filePath,
                Map.of("database_file_name", fileName, "database_file_path", filePath), null);
    }

    /** P1010: the user may not use this database. */
    public static DatabaseException accessDenied(String user, String database, Throwable cause) {
        return new DatabaseException("P1010", "User `" + user + "` was denied access on the database `" + database + "`",
                Map.of("database_user", nullToEmpty(user), "database_name", database), cause);
    }

    /** P1013: the URL cannot be used. */
    public static DatabaseException invalidUrl(String details) {
        return new DatabaseException("P1013", "The provided database string is invalid. " + details,
                Map.of("details", details), null);
    }

    /** P1012: the datasource names a variable that is set nowhere. */
    public static DatabaseException environmentVariableNotFound(String variable) {
        return new DatabaseException("P1012", "Environment variable not found: " + variable + ".",
                Map.of("variable", variable), null);
    }

    /** P1012: the datasource URL is empty. */
    public static DatabaseException emptyUrl(String datasource) {
        return new DatabaseException("P1012", "Error validating datasource `" + datasource
                + "`: You must provide a nonempty URL.", Map.of("datasource", datasource), null);
    }

    /** P1012: the URL is for another database than the datasource's provider. */
    public static DatabaseException urlDoesNotMatchProvider(String datasource, String protocols) {
        return new DatabaseException("P1012", "Error validating datasource `" + datasource
                + "`: the URL must start with the protocol " + protocols + ".",
                Map.of("datasource", datasource), null);
    }

    /** P1017: the server closed the connection. */
    public static DatabaseException connectionClosed(Throwable cause) {
        return new DatabaseException("P1017", "Server has closed the connection.", Map.of(), cause);
    }

    /** A database error Prisma has no code for; the message is the database's. */
    public static DatabaseException unexpected(String message, Throwable cause) {
        return new DatabaseException(DatabaseException.NO_CODE, message, Map.of(), cause);
    }

    /** P1002 while waiting for the lock that serialises migration commands. */
    public static DatabaseException lockTimedOut(String host, int port, String context) {
        return timedOut(host, port, context, null);
    }

    /** The advice Prisma prints after the first line of a connection error, or empty. */
    public static String hint(String code, Map<String, Object> meta) {
        return switch (code) {
            case "P1000" -> "Please make sure to provide valid database credentials for the database server at `"
                    + meta.get("database_host") + "`.";
            case "P1001", "P1002" -> "Please make sure your database server is running at `"
                    + meta.get("database_host") + "`:`" + meta.get("database_port") + "`.";
            default -> "";
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
