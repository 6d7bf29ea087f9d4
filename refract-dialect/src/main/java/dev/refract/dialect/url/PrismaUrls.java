package dev.refract.dialect.url;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.schema.model.Provider;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Prisma's URLs and derives the JDBC URL with the driver settings that match Prisma's
 * parameters: {@code connect_timeout} (seconds, Prisma's default 5), {@code socket_timeout},
 * {@code sslmode}, {@code sslaccept}, {@code sslcert}, {@code sslidentity}, {@code sslpassword},
 * {@code application_name}, {@code options}, {@code pgbouncer}, {@code schema}. Pool parameters
 * ({@code connection_limit}, {@code pool_timeout}...) stay in {@link ConnectionUrl#parameters()}.
 */
final class PrismaUrls {
    static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
    static final int POSTGRES_PORT = 5432;
    static final int MYSQL_PORT = 3306;

    private PrismaUrls() {
    }

    static ConnectionUrl parse(String url, Path baseDir) {
        if (url.startsWith("file:") || url.startsWith("sqlite:")) {
            return sqlite(url, baseDir);
        }
        if (url.isEmpty()) {
            throw ConnectionErrors.invalidUrl("The URL is empty.");
        }
        UrlParts parts = UrlParts.parse(url);
        return switch (parts.scheme()) {
            case "postgresql", "postgres" -> postgres(parts);
            case "mysql" -> mysql(parts);
            case "prisma", "prisma+postgres" -> throw ConnectionErrors.invalidUrl(
                    "Prisma Accelerate and Prisma Postgres URLs (`" + parts.scheme() + "://`) are not supported by Refract;"
                            + " use the database's direct URL.");
            default -> throw ConnectionErrors.invalidUrl("The scheme `" + parts.scheme() + "://` is not supported:"
                    + " use `postgresql://`, `postgres://`, `mysql://`, `file:` or a `jdbc:` URL.");
        };
    }

    private static ConnectionUrl postgres(UrlParts parts) {
        Map<String, String> query = parts.query();
        String host = parts.host().isEmpty() ? "localhost" : parts.host();
        int port = parts.port() == null ? POSTGRES_PORT : parts.port();
        String database = parts.path().isEmpty() ? "postgres" : parts.path();
        String schema = query.getOrDefault("schema", "public");

        boolean pgbouncer = "true".equals(query.get("pgbouncer"));
        Map<String, String> jdbcParameters = new LinkedHashMap<>();
        if (!pgbouncer || !schema.equals("public")) {
            // pgjdbc sends currentSchema as the startup parameter search_path, which PgBouncer refuses unless
            // configured to track it (track_extra_parameters); for public the server's default search_path does.
            jdbcParameters.put("currentSchema", schema);
        }
        jdbcParameters.put("connectTimeout", String.valueOf(seconds(query.get("connect_timeout"),
                DEFAULT_CONNECT_TIMEOUT_SECONDS)));
        if (query.containsKey("socket_timeout")) {
            jdbcParameters.put("socketTimeout", String.valueOf(seconds(query.get("socket_timeout"), 0)));
        }
        String sslmode = query.get("sslmode");
        if (sslmode != null) {
            boolean strict = "strict".equals(query.get("sslaccept"));
            jdbcParameters.put("sslmode", strict && sslmode.equals("require") ? "verify-full" : sslmode);
        }
        copy(query, "sslcert", jdbcParameters, "sslrootcert");
        copy(query, "sslidentity", jdbcParameters, "sslkey");
        copy(query, "sslpassword", jdbcParameters, "sslpassword");
        copy(query, "application_name", jdbcParameters, "ApplicationName");
        copy(query, "options", jdbcParameters, "options");
        copy(query, "channel_binding", jdbcParameters, "channelBinding");
        if (pgbouncer) {
            // PgBouncer in transaction mode cannot keep server-side prepared statements.
            jdbcParameters.put("prepareThreshold", "0");
        }
        String jdbcUrl = "jdbc:postgresql://" + JdbcUrls.hostPort(host, port) + "/" + JdbcUrls.encode(database)
                + JdbcUrls.query(jdbcParameters, true);
        return new ConnectionUrl(Provider.POSTGRESQL, false, jdbcUrl, parts.user(), parts.password(), host, port,
                parts.port() != null, database, schema, null, null, query);
    }

    private static ConnectionUrl mysql(UrlParts parts) {
        Map<String, String> query = parts.query();
        String host = parts.host().isEmpty() ? "localhost" : parts.host();
        int port = parts.port() == null ? MYSQL_PORT : parts.port();
        String database = parts.path().isEmpty() ? "mysql" : parts.path();

        Map<String, String> jdbcParameters = new LinkedHashMap<>();
        jdbcParameters.put("connectTimeout", String.valueOf(seconds(query.get("connect_timeout"),
                DEFAULT_CONNECT_TIMEOUT_SECONDS) * 1000L));
        if (query.containsKey("socket_timeout")) {
            jdbcParameters.put("socketTimeout", String.valueOf(seconds(query.get("socket_timeout"), 0) * 1000L));
        }
        String sslaccept = query.get("sslaccept");
        if (sslaccept != null || query.containsKey("sslcert")) {
            jdbcParameters.put("sslMode", "strict".equals(sslaccept) ? "verify-full" : "trust");
        }
        copy(query, "sslcert", jdbcParameters, "serverSslCert");
        copy(query, "sslidentity", jdbcParameters, "keyStore");
        copy(query, "sslpassword", jdbcParameters, "keyStorePassword");
        copy(query, "socket", jdbcParameters, "localSocket");
        String jdbcUrl = "jdbc:mariadb://" + JdbcUrls.hostPort(host, port) + "/" + database
                + JdbcUrls.query(jdbcParameters, false);
        return new ConnectionUrl(Provider.MYSQL, false, jdbcUrl, parts.user(), parts.password(), host, port,
                parts.port() != null, database, null, null, null, query);
    }

    /** {@code file:./dev.db?...}: the path is resolved against {@code baseDir} when relative. */
    private static ConnectionUrl sqlite(String url, Path baseDir) {
        String rest = url.startsWith("file:") ? url.substring("file:".length()) : url.substring("sqlite:".length());
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        if (rest.isEmpty()) {
            throw ConnectionErrors.invalidUrl("The SQLite URL `" + url + "` names no file.");
        }
        Map<String, String> parameters = UrlParts.queryPairs(query);
        Path path = Path.of(rest);
        Path file = (path.isAbsolute() ? path : baseDir.resolve(path)).toAbsolutePath().normalize();
        Map<String, String> jdbcParameters = new LinkedHashMap<>();
        // Prisma's socket_timeout on SQLite is how long to wait for a lock (default 5 s).
        jdbcParameters.put("busy_timeout", String.valueOf(seconds(parameters.get("socket_timeout"), 5) * 1000L));
        String jdbcUrl = "jdbc:sqlite:" + file + JdbcUrls.query(jdbcParameters, false);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String written = question >= 0 ? url.substring(0, url.indexOf('?')) : url;
        return new ConnectionUrl(Provider.SQLITE, false, jdbcUrl, null, null, null, 0, false, name, null, file,
                written, parameters);
    }

    private static void copy(Map<String, String> from, String prismaName, Map<String, String> to, String jdbcName) {
        String value = from.get(prismaName);
        if (value != null) {
            to.put(jdbcName, value);
        }
    }

    private static long seconds(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ConnectionErrors.invalidUrl("`" + value + "` is not a number of seconds.");
        }
    }
}
