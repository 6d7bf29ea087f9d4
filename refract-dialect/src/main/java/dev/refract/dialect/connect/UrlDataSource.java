package dev.refract.dialect.connect;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} of physical connections to a Prisma URL, opened as the dialect opens them (its
 * settings per connection, such as SQLite's foreign keys, and Prisma's P1xxx errors): what a pool
 * (the client's registry, the Spring starter's) puts underneath itself.
 */
public final class UrlDataSource implements DataSource {
    private final Dialect dialect;
    private final ConnectionUrl url;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeout;

    public UrlDataSource(Dialect dialect, ConnectionUrl url) {
        this.dialect = dialect;
        this.url = url;
    }

    @Override
    public Connection getConnection() {
        return dialect.connections().open(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the credentials come from the URL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
