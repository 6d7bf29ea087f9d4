package dev.refract.examples.hotreload.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The same application with a plain HikariCP pool of its own, also never closed: what a reload does
 * to a database when every copy of the application opens its own pool.
 */
public final class NaiveApp implements Function<String, Object> {
    private static HikariDataSource pool;

    @Override
    public Object apply(String url) {
        ConnectionUrl parsed = ConnectionUrl.parse(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(parsed.jdbcUrl());
        config.setUsername(parsed.user());
        config.setPassword(parsed.password());
        parsed.parameter("connection_limit").map(Integer::parseInt).ifPresent(config::setMaximumPoolSize);
        pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM \"Item\"")) {
            rs.next();
            int count = rs.getInt(1);
            awaitFilled();
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Between two reloads a running application's pool fills to its size in the background; wait for that (5 s at most). */
    private static void awaitFilled() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pool.getHikariPoolMXBean().getTotalConnections() < pool.getMaximumPoolSize() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
