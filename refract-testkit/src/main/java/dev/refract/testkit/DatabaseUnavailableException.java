package dev.refract.testkit;

/**
 * A test needed a database server that could not be reached (or started) and skipping was not
 * allowed, for instance because the environment variable {@code CI} is {@code true}. It fails the
 * test; its message says which server, why, and how to start it.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
