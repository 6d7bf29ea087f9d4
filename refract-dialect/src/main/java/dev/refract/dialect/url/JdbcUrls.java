package dev.refract.dialect.url;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.schema.model.Provider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code jdbc:postgresql:}, {@code jdbc:mysql:}, {@code jdbc:mariadb:} and {@code jdbc:sqlite:}
 * URLs. The URL is kept as written except that {@code user} and {@code password} parameters move to
 * the credentials; {@code currentSchema} gives the PostgreSQL schema.
 */
final class JdbcUrls {
    private JdbcUrls() {
    }

    static ConnectionUrl parse(String url) {
        String body = url.substring("jdbc:".length());
        if (body.startsWith("sqlite:")) {
            return sqlite(url, body.substring("sqlite:".length()));
        }
        int colon = body.indexOf(':');
        String subprotocol = colon < 0 ? body : body.substring(0, colon);
        return switch (subprotocol) {
            case "postgresql" -> server(Provider.POSTGRESQL, url, subprotocol, body, PrismaUrls.POSTGRES_PORT);
            case "mysql", "mariadb" -> server(Provider.MYSQL, url, subprotocol, body, PrismaUrls.MYSQL_PORT);
            default -> throw ConnectionErrors.invalidUrl("The JDBC URL `jdbc:" + subprotocol + ":` is not supported:"
                    + " use jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb: or jdbc:sqlite:.");
        };
    }

    private static ConnectionUrl server(Provider provider, String url, String subprotocol, String body, int defaultPort) {
        String afterProtocol = body.substring(subprotocol.length() + 1);
        if (!afterProtocol.startsWith("//")) {
            // jdbc:postgresql:database — the local server on the default port
            afterProtocol = "//localhost/" + afterProtocol;
        }
        String authorityAndRest = afterProtocol.substring(2);
        int pathStart = indexOfAny(authorityAndRest, "/?");
        String authority = pathStart < 0 ? authorityAndRest : authorityAndRest.substring(0, pathStart);
        String rest = pathStart < 0 ? "" : authorityAndRest.substring(pathStart);
        // Several hosts (failover lists): the first one stands for the database in messages.
        int comma = authority.indexOf(',');
        String firstAuthority = comma < 0 ? authority : authority.substring(0, comma);
        UrlParts parts = UrlParts.parse(subprotocol + "://" + firstAuthority + rest);

        Map<String, String> query = parts.query();
        String user = query.containsKey("user") ? query.get("user") : parts.user();
        String password = query.containsKey("password") ? query.get("password") : parts.password();
        String host = parts.host().isEmpty() ? "localhost" : parts.host();
        int port = parts.port() == null ? defaultPort : parts.port();
        String database = parts.path();
        String schema = null;
        if (provider == Provider.POSTGRESQL) {
            if (database.isEmpty()) {
                database = user != null ? user : "postgres";
            }
            String current = query.get("currentSchema");
            schema = current == null || current.isBlank() ? "public" : current.split(",")[0].trim();
        }

        String authorityWithoutCredentials = authority.substring(authority.lastIndexOf('@') + 1);
        int queryStart = rest.indexOf('?');
        String pathPart = queryStart < 0 ? rest : rest.substring(0, queryStart);
        String rawQuery = queryStart < 0 ? "" : rest.substring(queryStart + 1);
        String jdbcUrl = "jdbc:" + subprotocol + "://" + authorityWithoutCredentials + pathPart
                + withoutCredentials(rawQuery);
        return new ConnectionUrl(provider, true, jdbcUrl, user, password, host, port, parts.port() != null,
                database, schema, null, null, query);
    }

    private static ConnectionUrl sqlite(String url, String rest) {
        int question = rest.indexOf('?');
        String location = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> parameters = UrlParts.queryPairs(question < 0 ? "" : rest.substring(question + 1));
        if (location.isEmpty() || location.equals(":memory:") || location.startsWith("file::memory:")) {
            return new ConnectionUrl(Provider.SQLITE, true, url, null, null, null, 0, false, ":memory:", null, null,
                    url, parameters);
        }
        String pathText = location.startsWith("file:") ? location.substring("file:".length()) : location;
        Path file = Path.of(pathText).toAbsolutePath().normalize();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new ConnectionUrl(Provider.SQLITE, true, url, null, null, null, 0, false, name, null, file,
                question < 0 ? url : url.substring(0, url.indexOf('?')), parameters);
    }

    /** {@code ?a=1&b=2} from the raw query without its user and password pairs; empty when nothing is left. */
    private static String withoutCredentials(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (pair.isEmpty() || key.equals("user") || key.equals("password")) {
                continue;
            }
            kept.append(kept.length() == 0 ? '?' : '&').append(pair);
        }
        return kept.toString();
    }

    /** The same JDBC URL naming another database. */
    static String replaceDatabase(String jdbcUrl, String database) {
        int authorityStart = jdbcUrl.indexOf("://");
        if (authorityStart < 0) {
            throw new IllegalArgumentException("not a server URL: " + jdbcUrl);
        }
        int pathStart = indexOfAny(jdbcUrl.substring(authorityStart + 3), "/?");
        String head = pathStart < 0 ? jdbcUrl : jdbcUrl.substring(0, authorityStart + 3 + pathStart);
        String tail = pathStart < 0 ? "" : jdbcUrl.substring(authorityStart + 3 + pathStart);
        int queryStart = tail.indexOf('?');
        String query = queryStart < 0 ? "" : tail.substring(queryStart);
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        return head + "/" + (postgres ? encode(database) : database) + query;
    }

    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code ?k=v&...}; values URL-encoded when {@code encoded} (pgjdbc decodes them), else as they are. */
    static String query(Map<String, String> parameters, boolean encoded) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : new LinkedHashMap<>(parameters).entrySet()) {
            query.append(query.length() == 0 ? '?' : '&').append(parameter.getKey()).append('=')
                    .append(encoded ? encode(parameter.getValue()) : parameter.getValue());
        }
        return query.toString();
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
