package dev.refract.spring.boot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.connect.UrlDataSource;
import dev.refract.dialect.url.ConnectionUrl;

/**
 * A HikariCP pool over a Prisma-style or JDBC URL, its connections opened as Refract opens them
 * (the dialect's per-connection settings, such as SQLite's foreign keys; Prisma's P1xxx errors), and
 * sized by Prisma's URL parameters ({@code connection_limit}, {@code pool_timeout}).
 */
final class RefractDataSources {
    private RefractDataSources() {
    }

    static HikariDataSource pool(ConnectionUrl url) {
        Dialect dialect = Dialect.of(url.provider());
        HikariConfig config = new HikariConfig();
        config.setDataSource(new UrlDataSource(dialect, url));
        config.setPoolName("refract-" + url.databaseKind().replace(' ', '-'));
        int limit = url.parameter("connection_limit").map(Integer::parseInt)
                .orElse(Runtime.getRuntime().availableProcessors() * 2 + 1);
        config.setMaximumPoolSize(Math.max(1, limit));
        config.setMinimumIdle(Math.min(1, limit));
        int timeoutSeconds = url.parameter("pool_timeout").map(Integer::parseInt).orElse(10);
        config.setConnectionTimeout(timeoutSeconds == 0 ? 0 : Math.max(250, timeoutSeconds * 1000L));
        config.setInitializationFailTimeout(-1);   // start without the database; fail on first use
        return new HikariDataSource(config);
    }
}
