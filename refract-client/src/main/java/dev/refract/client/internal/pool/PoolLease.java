package dev.refract.client.internal.pool;

import dev.refract.client.ConnectionSource;
import dev.refract.client.PoolStats;
import dev.refract.client.RefractException;
import dev.refract.dialect.error.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client's reference to a shared pool: its connections come from the pool, and {@link #release()}
 * (the client's close, or the Cleaner when the client became unreachable) gives the reference back
 * once. It never refers to the client, so the client can become unreachable.
 */
public final class PoolLease implements ConnectionSource {
    private final PoolRegistry registry;
    private final SharedPool pool;
    private final AtomicBoolean released = new AtomicBoolean();

    PoolLease(PoolRegistry registry, SharedPool pool) {
        this.registry = registry;
        this.pool = pool;
    }

    /**
     * A connection from the pool, waiting up to {@code pool_timeout}.
     *
     * @throws RefractException P2024 when none became free in time; the P1xxx error of the last
     *         failed connection attempt when the database could not be reached
     */
    @Override
    public Connection open() throws SQLException {
        if (released.get()) {
            throw new IllegalStateException("the client is closed");
        }
        try {
            return pool.dataSource.getConnection();
        } catch (SQLTransientConnectionException timeout) {
            Throwable cause = timeout.getCause();
            if (cause instanceof DatabaseException failure) {
                throw new RefractException(failure.code(), failure.getMessage(), failure.meta(), failure);
            }
            if (cause instanceof SQLException failure) {
                throw failure;
            }
            RefractException failure = timedOut(timeout);
            PoolRegistry.LOG.fine(() -> failure.code() + " on " + stats());
            throw failure;
        }
    }

    /** Gives the reference back; the last one closes the pool. Idempotent. */
    public void release() {
        if (released.compareAndSet(false, true)) {
            registry.release(pool);
        }
    }

    public boolean isReleased() {
        return released.get();
    }

    public PoolStats stats() {
        return registry.stats(pool);
    }

    private RefractException timedOut(SQLException cause) {
        PoolSettings settings = pool.key.settings();
        return new RefractException("P2024", "Timed out fetching a new connection from the connection pool. More info: "
                + "http://pris.ly/d/connection-pool (Current connection pool timeout: " + settings.poolTimeoutSeconds()
                + ", connection limit: " + settings.connectionLimit() + ")",
                Map.of("connection_limit", settings.connectionLimit(), "timeout", settings.poolTimeoutSeconds()), cause);
    }
}
