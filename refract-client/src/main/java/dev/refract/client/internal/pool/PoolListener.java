package dev.refract.client.internal.pool;

import dev.refract.client.PoolStats;
import java.util.function.Supplier;

/**
 * Told when a pool of a registry opens and closes (the Micrometer gauges follow pools this way).
 * Called outside the registry's lock; a listener added while pools open may hear of one twice.
 */
public interface PoolListener {
    /** A pool named {@code name} (HikariCP's pool name) opened for {@code database}; {@code stats} reads it now. */
    void opened(String name, String database, Supplier<PoolStats> stats);

    /** The pool named {@code name} closed. */
    void closed(String name);
}
