package dev.refract.client.internal.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.refract.client.PoolStats;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.connect.UrlDataSource;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One HikariCP pool and the number of clients holding it; the registry counts under its lock and
 * closes the pool when the count reaches zero.
 */
final class SharedPool {
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    final PoolKey key;
    final HikariDataSource dataSource;
    /** Guarded by the registry's lock. */
    int references;

    SharedPool(PoolKey key, Dialect dialect) {
        this.key = key;
        PoolSettings settings = key.settings();
        HikariConfig config = new HikariConfig();
        config.setPoolName("refract-pool-" + NEXT_ID.incrementAndGet());
        config.setThreadFactory(new RuntimeThreads(config.getPoolName()));
        config.setDataSource(new UrlDataSource(dialect, key.url()));
        config.setMaximumPoolSize(settings.connectionLimit());
        // connections open on demand, as Prisma's pool does; a client never connects before its first query
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        long timeoutMs = settings.poolTimeout().toMillis();
        config.setConnectionTimeout(timeoutMs); // 0: wait forever, as Prisma's pool_timeout=0
        config.setValidationTimeout(timeoutMs == 0 ? 5_000 : Math.max(250, Math.min(5_000, timeoutMs)));
        this.dataSource = new HikariDataSource(config);
    }

    int active() {
        HikariPoolMXBean bean = dataSource.getHikariPoolMXBean();
        return bean == null ? 0 : bean.getActiveConnections();
    }

    boolean isClosed() {
        return dataSource.isClosed();
    }

    PoolStats stats(int clients) {
        HikariPoolMXBean bean = dataSource.getHikariPoolMXBean();
        int active = bean == null ? 0 : bean.getActiveConnections();
        int idle = bean == null ? 0 : bean.getIdleConnections();
        int waiting = bean == null ? 0 : bean.getThreadsAwaitingConnection();
        int total = bean == null ? 0 : bean.getTotalConnections();
        return new PoolStats(key.database(), key.settings().connectionLimit(), key.settings().poolTimeout(), clients, active,
                idle, waiting, total);
    }

    void close() {
        dataSource.close();
    }
}
