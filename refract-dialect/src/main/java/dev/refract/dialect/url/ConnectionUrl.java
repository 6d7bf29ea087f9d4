package dev.refract.dialect.url;

import dev.refract.schema.model.Provider;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A database location as a value: which database, the JDBC URL to reach it (without credentials),
 * the credentials, and the parts Prisma's tools show and act on (host, port, database, schema).
 * Parsed from Prisma's URLs ({@code postgresql://}, {@code postgres://}, {@code mysql://},
 * {@code file:}) and from {@code jdbc:} URLs; see {@link #parse(String, Path)}.
 *
 * <p>{@link #parameters()} holds every query parameter as written (decoded), including those Refract
 * does not use, such as {@code connection_limit} and {@code pool_timeout} for the pool. The password
 * never appears in {@link #toString()}.
 */
public final class ConnectionUrl {
    private final Provider provider;
    private final boolean jdbc;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String host;
    private final int port;
    private final boolean portGiven;
    private final String database;
    private final String schema;
    private final Path file;
    private final String fileUrl;
    private final Map<String, String> parameters;

    ConnectionUrl(Provider provider, boolean jdbc, String jdbcUrl, String user, String password, String host, int port,
            boolean portGiven, String database, String schema, Path file, String fileUrl,
            Map<String, String> parameters) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.jdbc = jdbc;
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.portGiven = portGiven;
        this.database = database;
        this.schema = schema;
        this.file = file;
        this.fileUrl = fileUrl;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Parses a Prisma URL or a {@code jdbc:} URL; a relative SQLite path in a {@code file:} URL is
     * resolved against {@code baseDir} (the folder of the schema file, as Prisma does), a relative
     * {@code jdbc:sqlite:} path against the working directory (as the driver does).
     *
     * @throws dev.refract.dialect.error.DatabaseException P1013 when the URL cannot be used
     */
    public static ConnectionUrl parse(String url, Path baseDir) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:")) {
            return JdbcUrls.parse(trimmed);
        }
        return PrismaUrls.parse(trimmed, baseDir);
    }

    /** {@link #parse(String, Path)} with relative SQLite paths resolved against the working directory. */
    public static ConnectionUrl parse(String url) {
        return parse(url, Path.of("").toAbsolutePath());
    }

    public Provider provider() {
        return provider;
    }

    /** Whether the URL was given in JDBC form rather than Prisma's. */
    public boolean isJdbc() {
        return jdbc;
    }

    /** The URL for {@link java.sql.DriverManager}, with the driver settings derived from Prisma's parameters; no credentials. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The user, or {@code null} (SQLite, or none given). */
    public String user() {
        return user;
    }

    /** The password, or {@code null} when none was given. */
    public String password() {
        return password;
    }

    /** The server's host; {@code null} for SQLite. */
    public String host() {
        return host;
    }

    /** The server's port (the provider's default when the URL has none); 0 for SQLite. */
    public int port() {
        return port;
    }

    /** The database name; for SQLite, the file name. */
    public String database() {
        return database;
    }

    /** The PostgreSQL schema ({@code public} unless {@code ?schema=} or {@code currentSchema} says otherwise); empty elsewhere. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** The SQLite database file, absolute; empty for servers. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Every query parameter as written, decoded, in order. */
    public Map<String, String> parameters() {
        return parameters;
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The credentials as {@link java.sql.DriverManager} properties (empty for SQLite). */
    public Properties jdbcProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (user != null || password != null) {
            properties.setProperty("password", password == null ? "" : password);
        }
        return properties;
    }

    /**
     * Where the database is, as Prisma prints it: {@code host:port} ({@code host} alone when the URL
     * gave no port), or the SQLite URL as written, such as {@code file:./dev.db}.
     */
    public String location() {
        if (provider == Provider.SQLITE) {
            return fileUrl;
        }
        return portGiven ? hostForDisplay() + ":" + port : hostForDisplay();
    }

    /** {@code host:port} with the port always present, as in P1001 and P1003 messages. */
    public String hostAndPort() {
        return hostForDisplay() + ":" + port;
    }

    /** Prisma's pretty name of the database: {@code PostgreSQL}, {@code MySQL} or {@code SQLite}. */
    public String databaseKind() {
        return switch (provider) {
            case POSTGRESQL -> "PostgreSQL";
            case COCKROACHDB -> "CockroachDB";
            case MYSQL -> "MySQL";
            case SQLITE -> "SQLite";
            default -> provider.id();
        };
    }

    /**
     * The line Prisma's CLI prints before working on a database, without the leading
     * {@code Datasource "db": }: {@code PostgreSQL database "app", schema "public" at "localhost:5432"}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(databaseKind()).append(" database \"").append(database).append('"');
        if (schema != null) {
            text.append(", schema \"").append(schema).append('"');
        }
        return text.append(" at \"").append(location()).append('"').toString();
    }

    /** The same server and credentials with another database (for creating or dropping one). */
    public ConnectionUrl withDatabase(String otherDatabase) {
        if (file != null) {
            throw new IllegalStateException("a SQLite URL names a file, not a database on a server");
        }
        String newJdbc = JdbcUrls.replaceDatabase(jdbcUrl, otherDatabase);
        return new ConnectionUrl(provider, jdbc, newJdbc, user, password, host, port, portGiven, otherDatabase, schema,
                null, null, parameters);
    }

    private String hostForDisplay() {
        return host != null && host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionUrl that && jdbcUrl.equals(that.jdbcUrl) && Objects.equals(user, that.user)
                && Objects.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jdbcUrl, user, password);
    }

    /** The JDBC URL and user; never the password. */
    @Override
    public String toString() {
        return jdbcUrl + (user == null ? "" : " (user " + user + ")");
    }
}
