package dev.refract.client;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the client gets its connections; it closes each one when the operation ends. Clients built
 * from a URL ({@code RefractClient.builder(schema, url)}) use the shared pool instead; these sources
 * are for callers that manage connections themselves (an application's own DataSource, tests).
 */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;

    /** A new physical connection per operation through {@link DriverManager}. */
    static ConnectionSource driverManager(String jdbcUrl, String user, String password) {
        return () -> user == null ? DriverManager.getConnection(jdbcUrl) : DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** A new connection per operation, opened as the dialect opens Prisma URLs (Prisma's URL parameters apply). */
    static ConnectionSource of(Dialect dialect, ConnectionUrl url) {
        return () -> dialect.connections().open(url);
    }
}
