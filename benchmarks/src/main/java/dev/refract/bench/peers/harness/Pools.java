package dev.refract.bench.peers.harness;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The one pool configuration every Java peer runs on: HikariCP, the same size, pgjdbc's prepared statements. */
public final class Pools {
    /** Connections per pool, for every peer (the concurrency mix runs 16 threads on it). */
    public static final int SIZE = 8;

    private Pools() {
    }

    public static HikariDataSource hikari(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(SIZE);
        // Server-side prepared statements from the first execution, for every peer alike.
        config.addDataSourceProperty("prepareThreshold", "1");
        config.setPoolName("bench-" + jdbcUrl.replaceAll(".*/([^/?]+).*", "$1"));
        return new HikariDataSource(config);
    }
}
