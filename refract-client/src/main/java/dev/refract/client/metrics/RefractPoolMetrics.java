package dev.refract.client.metrics;

import dev.refract.client.internal.pool.MicrometerGauges;
import dev.refract.client.internal.pool.PoolRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Micrometer gauges for Refract's shared connection pools, per pool (tags {@code pool} and
 * {@code database}): {@code refract.pool.connections.active}, {@code .idle}, {@code .waiting},
 * {@code .total}, {@code .max} and {@code refract.pool.clients}. Pools opened later get theirs when
 * they open; a closed pool's gauges are removed.
 *
 * <p>With Micrometer on the classpath the runtime already registers these gauges in
 * {@code Metrics.globalRegistry} (Spring Boot adds its registries to it); bind this to a registry
 * of your own otherwise. Micrometer is an optional dependency: without it this class is never loaded.
 */
public final class RefractPoolMetrics implements MeterBinder {
    @Override
    public void bindTo(MeterRegistry registry) {
        PoolRegistry.global().addListener(new MicrometerGauges(registry));
    }
}
