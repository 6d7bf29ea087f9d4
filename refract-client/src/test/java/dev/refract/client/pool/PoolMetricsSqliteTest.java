package dev.refract.client.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.client.RefractClient;
import dev.refract.client.metrics.RefractPoolMetrics;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Schema;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pool gauges in Micrometer, and the runtime without Micrometer on the classpath. */
class PoolMetricsSqliteTest {
    private static final Schema SCHEMA = PoolTesting.itemSchema("sqlite");

    @TempDir
    Path dir;

    private String database(String name) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE Item (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO Item (id) VALUES (1)");
        }
        return "file:" + file + "?connection_limit=3";
    }

    private static Optional<Gauge> gauge(io.micrometer.core.instrument.MeterRegistry registry, String name, String database) {
        return registry.find(name).gauges().stream().filter(g -> g.getId().getTag("database").contains(database)).findFirst();
    }

    @Test
    void theBinderAddsGaugesPerPoolAndRemovesThemWhenThePoolCloses() throws Exception {
        String url = database("bound.db");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new RefractPoolMetrics().bindTo(registry);
        try (RefractClient client = RefractClient.builder(SCHEMA, ConnectionUrl.parse(url)).build()) {
            assertThat(client.execute("Item", "count", Map.of())).isEqualTo(1);
            assertThat(gauge(registry, "refract.pool.connections.total", "bound.db")).get()
                    .satisfies(g -> assertThat(g.value()).isBetween(1.0, 3.0))
                    .satisfies(g -> assertThat(g.getId().getTag("pool")).startsWith("refract-pool-"));
            assertThat(gauge(registry, "refract.pool.connections.active", "bound.db")).get().extracting(Gauge::value).isEqualTo(0.0);
            assertThat(gauge(registry, "refract.pool.connections.idle", "bound.db")).get()
                    .satisfies(g -> assertThat(g.value()).isGreaterThanOrEqualTo(1.0));
            assertThat(gauge(registry, "refract.pool.connections.waiting", "bound.db")).get().extracting(Gauge::value).isEqualTo(0.0);
            assertThat(gauge(registry, "refract.pool.connections.max", "bound.db")).get().extracting(Gauge::value).isEqualTo(3.0);
            assertThat(gauge(registry, "refract.pool.clients", "bound.db")).get().extracting(Gauge::value).isEqualTo(1.0);
            client.transaction(tx -> {
                tx.execute("Item", "count", Map.of());
                assertThat(gauge(registry, "refract.pool.connections.active", "bound.db")).get().extracting(Gauge::value)
                        .isEqualTo(1.0);
                return null;
            });
        }
        assertThat(gauge(registry, "refract.pool.connections.total", "bound.db")).isEmpty();
        assertThat(registry.getMeters()).noneMatch(m -> m.getId().getTag("database").contains("bound.db"));
    }

    @Test
    void withMicrometerPresentTheGaugesAreInTheGlobalRegistry() throws Exception {
        String url = database("global.db");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry); // as Spring Boot does with its registries
        try (RefractClient client = RefractClient.builder(SCHEMA, ConnectionUrl.parse(url)).build()) {
            client.execute("Item", "count", Map.of());
            assertThat(gauge(registry, "refract.pool.connections.total", "global.db")).get()
                    .satisfies(g -> assertThat(g.value()).isGreaterThanOrEqualTo(1.0));
        } finally {
            Metrics.removeRegistry(registry);
        }
        assertThat(gauge(Metrics.globalRegistry, "refract.pool.connections.total", "global.db")).isEmpty();
    }

    /** A copy of the runtime whose classloader has no Micrometer: pools open and close, no gauge class is loaded. */
    @Test
    void withoutMicrometerTheRuntimeWorksAndNeverLoadsTheGaugeClasses() throws Exception {
        String url = database("without.db");
        URL runtime = RefractClient.class.getProtectionDomain().getCodeSource().getLocation();
        try (WithoutMicrometer loader = new WithoutMicrometer(runtime, getClass().getClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.Metrics"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> clientClass = loader.loadClass(RefractClient.class.getName());
            assertThat(clientClass).isNotSameAs(RefractClient.class);
            Object builder = clientClass.getMethod("builder", Schema.class, ConnectionUrl.class)
                    .invoke(null, SCHEMA, ConnectionUrl.parse(url));
            Object client = builder.getClass().getMethod("build").invoke(builder);
            Method execute = clientClass.getMethod("execute", String.class, String.class, Map.class);
            assertThat(execute.invoke(client, "Item", "count", Map.of())).isEqualTo(1);
            assertThat((java.util.List<?>) clientClass.getMethod("pools").invoke(null)).hasSize(1);
            clientClass.getMethod("close").invoke(client);
            assertThat((java.util.List<?>) clientClass.getMethod("pools").invoke(null)).isEmpty();
            assertThat(loader.loaded("dev.refract.client.internal.pool.PoolRegistry")).isTrue();
            assertThat(loader.loaded("dev.refract.client.internal.pool.MicrometerGauges")).isFalse();
        }
    }

    /** Loads Refract's runtime classes itself (child first) and refuses Micrometer's. */
    private static final class WithoutMicrometer extends URLClassLoader {
        WithoutMicrometer(URL runtime, ClassLoader parent) {
            super(new URL[] {runtime}, parent);
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.micrometer.")) {
                throw new ClassNotFoundException(name + " (hidden: no Micrometer here)");
            }
            if (!name.startsWith("dev.refract.client.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
