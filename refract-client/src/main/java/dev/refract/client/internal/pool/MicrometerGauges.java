package dev.refract.client.internal.pool;

import dev.refract.client.PoolStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Gauges per open pool in one Micrometer registry, added when the pool opens and removed when it
 * closes. The only runtime class that refers to Micrometer: loaded only when Micrometer is present.
 */
public final class MicrometerGauges implements PoolListener {
    private final MeterRegistry registry;
    private final Map<String, List<Meter>> meters = new ConcurrentHashMap<>();

    public MicrometerGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The gauges of the process-wide registry's pools in Micrometer's global registry (which Spring Boot feeds its registries from). */
    static void bindGlobal(PoolRegistry pools) {
        pools.addListener(new MicrometerGauges(Metrics.globalRegistry));
    }

    @Override
    public void opened(String name, String database, Supplier<PoolStats> stats) {
        meters.computeIfAbsent(name, n -> {
            List<Meter> added = new ArrayList<>();
            added.add(gauge("refract.pool.connections.active", "Connections in use", n, database, stats, PoolStats::active));
            added.add(gauge("refract.pool.connections.idle", "Open connections not in use", n, database, stats, PoolStats::idle));
            added.add(gauge("refract.pool.connections.waiting", "Threads waiting for a connection", n, database, stats,
                    PoolStats::waiting));
            added.add(gauge("refract.pool.connections.total", "Open connections", n, database, stats, PoolStats::total));
            added.add(gauge("refract.pool.connections.max", "The pool's connection_limit", n, database, stats,
                    PoolStats::connectionLimit));
            added.add(gauge("refract.pool.clients", "Live clients sharing the pool", n, database, stats, PoolStats::clients));
            return added;
        });
    }

    @Override
    public void closed(String name) {
        List<Meter> removed = meters.remove(name);
        if (removed != null) {
            removed.forEach(registry::remove);
        }
    }

    private Meter gauge(String metric, String description, String pool, String database, Supplier<PoolStats> stats,
            ToIntFunction<PoolStats> value) {
        // strong: the gauge is removed when the pool closes, and nothing else holds the supplier
        return Gauge.builder(metric, stats, s -> value.applyAsInt(s.get())).description(description)
                .tag("pool", pool).tag("database", database).strongReference(true).register(registry);
    }
}
