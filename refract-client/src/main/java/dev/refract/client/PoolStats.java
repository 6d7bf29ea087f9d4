package dev.refract.client;

import java.time.Duration;

/**
 * A snapshot of one shared connection pool: which database (never the password), its settings, the
 * live clients holding it, and its connections: in use ({@code active}), {@code idle}, their sum
 * ({@code total}), and the threads {@code waiting} for one.
 */
public record PoolStats(String database, int connectionLimit, Duration poolTimeout, int clients, int active, int idle,
        int waiting, int total) {

    @Override
    public String toString() {
        return database + ": clients=" + clients + " active=" + active + " idle=" + idle + " waiting=" + waiting
                + " total=" + total + " (connection_limit=" + connectionLimit + ", pool_timeout=" + poolTimeout.toSeconds() + ")";
    }
}
