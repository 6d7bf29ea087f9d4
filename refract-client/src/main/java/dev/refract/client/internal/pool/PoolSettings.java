package dev.refract.client.internal.pool;

import dev.refract.client.RefractException;
import dev.refract.dialect.url.ConnectionUrl;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A pool's settings from Prisma's URL parameters: {@code connection_limit} (default: processors * 2 + 1),
 * {@code pool_timeout} (seconds, default 10, 0 waits forever), and the connection settings that make
 * two pools differ ({@code connect_timeout}, {@code socket_timeout}, {@code application_name}, as
 * written; the driver gets them through the JDBC URL).
 */
public record PoolSettings(int connectionLimit, Duration poolTimeout, String connectTimeout, String socketTimeout,
        String applicationName) {

    /** Prisma's default: {@code num_physical_cpus * 2 + 1}; Java knows only the processors it may use. */
    public static int defaultConnectionLimit() {
        return Runtime.getRuntime().availableProcessors() * 2 + 1;
    }

    public static PoolSettings of(ConnectionUrl url) {
        int limit = integer(url, "connection_limit").orElse(defaultConnectionLimit());
        if (limit < 1) {
            throw invalid("connection_limit", String.valueOf(limit));
        }
        int timeout = integer(url, "pool_timeout").orElse(10);
        if (timeout < 0) {
            throw invalid("pool_timeout", String.valueOf(timeout));
        }
        return new PoolSettings(limit, Duration.ofSeconds(timeout), url.parameter("connect_timeout").orElse(null),
                url.parameter("socket_timeout").orElse(null), url.parameter("application_name").orElse(null));
    }

    /** The pool timeout in whole seconds, as Prisma's P2024 message prints it. */
    public long poolTimeoutSeconds() {
        return poolTimeout.toSeconds();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("connection_limit=").append(connectionLimit)
                .append(", pool_timeout=").append(poolTimeoutSeconds());
        if (connectTimeout != null) {
            text.append(", connect_timeout=").append(connectTimeout);
        }
        if (socketTimeout != null) {
            text.append(", socket_timeout=").append(socketTimeout);
        }
        if (applicationName != null) {
            text.append(", application_name=").append(applicationName);
        }
        return text.toString();
    }

    private static Optional<Integer> integer(ConnectionUrl url, String name) {
        return url.parameter(name).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw invalid(name, value);
            }
        });
    }

    private static RefractException invalid(String name, String value) {
        return new RefractException("P1013", "The provided database string is invalid. `" + name + "` must be a whole number, not `"
                + value + "`.", Map.of("parameter", name, "value", value));
    }
}
