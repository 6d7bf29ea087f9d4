package dev.refract.spring.boot;

import dev.refract.client.ConnectionSource;
import dev.refract.client.RefractException;
import dev.refract.dialect.error.DatabaseException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The client's connections from a Spring-managed {@link DataSource}, through
 * {@link DataSourceUtils}: inside a Spring transaction ({@code @Transactional},
 * {@code TransactionTemplate}) every client call runs on the transaction's connection, so client
 * writes and {@code JdbcTemplate} work commit or roll back together.
 *
 * <p>On that connection the client does not own the transaction: its {@code commit} and
 * {@code setAutoCommit} are ignored (Spring commits), its {@code rollback} marks the Spring
 * transaction rollback-only (as a participating {@code PROPAGATION_REQUIRED} scope does), and
 * {@code close} hands the connection back to Spring. Outside a Spring transaction the client gets a
 * connection of its own from the pool and manages it as usual.
 */
public final class SpringConnectionSource implements ConnectionSource {
    private final DataSource dataSource;

    public SpringConnectionSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Connection open() throws SQLException {
        Connection connection;
        try {
            connection = DataSourceUtils.getConnection(dataSource);
        } catch (CannotGetJdbcConnectionException e) {
            throw unwrap(e);
        }
        if (!DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(SpringConnectionSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Participating(connection, dataSource));
    }

    /** Prisma's P1xxx error of a pool that could not connect, else the SQLException. */
    private static SQLException unwrap(CannotGetJdbcConnectionException e) throws SQLException {
        Throwable cause = e.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException failure && failure.hasCode()) {
                throw new RefractException(failure.code(), failure.getMessage(), failure.meta(), failure);
            }
        }
        if (cause instanceof SQLException sql) {
            return sql;
        }
        throw e;
    }

    /** A transaction's connection lent to the client: Spring owns commit, rollback and close. */
    private static final class Participating implements InvocationHandler {
        private final Connection target;
        private final DataSource dataSource;

        Participating(Connection target, DataSource dataSource) {
            this.target = target;
            this.dataSource = dataSource;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    DataSourceUtils.releaseConnection(target, dataSource);
                    return null;
                case "commit":
                case "setAutoCommit":
                case "setTransactionIsolation":
                    return null;
                case "rollback":
                    if (args == null || args.length == 0) {
                        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
                        if (holder != null) {
                            holder.setRollbackOnly();
                        }
                        return null;
                    }
                    break;   // rollback to a savepoint: the client's own, pass it on
                case "getAutoCommit":
                    return false;
                case "isClosed":
                    return target.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(target)) {
                        return target;
                    }
                    break;
                default:
                    break;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
