package dev.refract.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.refract.client.RefractException;
import dev.refract.dialect.error.DatabaseException;
import java.sql.Connection;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code /actuator/health}'s {@code refract} entry: up when a connection of the client's pool
 * answers; down with Prisma's error code (P1001 unreachable, P1000 authentication...) otherwise.
 * Details: the database kind and the pool's active, idle and total connections.
 */
public final class RefractHealthIndicator extends AbstractHealthIndicator {
    private final RefractClients clients;

    public RefractHealthIndicator(RefractClients clients) {
        super("Refract database health check failed");
        this.clients = clients;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("database", clients.dialect().getClass().getSimpleName().replace("Dialect", ""));
        if (clients.connections().dataSource() instanceof HikariDataSource hikari) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                builder.withDetail("activeConnections", pool.getActiveConnections())
                        .withDetail("idleConnections", pool.getIdleConnections())
                        .withDetail("totalConnections", pool.getTotalConnections());
            }
        }
        try (Connection connection = clients.connections().open()) {
            if (connection.isValid(5)) {
                builder.up();
            } else {
                builder.down().withDetail("error", "the connection did not answer within 5 s");
            }
        } catch (RefractException e) {
            builder.down().withDetail("code", e.code()).withDetail("error", e.getMessage());
        } catch (DatabaseException e) {
            builder.down().withDetail("code", e.code()).withDetail("error", e.getMessage());
        } catch (java.sql.SQLException e) {
            builder.down(e);
        }
    }
}
