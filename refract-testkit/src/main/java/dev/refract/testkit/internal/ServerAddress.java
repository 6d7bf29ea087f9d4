package dev.refract.testkit.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Where a database server is and whom to log in as; {@code database} may be {@code null} (none chosen). */
public record ServerAddress(String host, int port, String user, String password, String database) {

    /**
     * Reads a Prisma-style URL such as {@code postgresql://user:secret@db.local:5433/postgres};
     * the parts left out take the given defaults. The first scheme is the one named in errors;
     * {@code variable} names the source.
     */
    static ServerAddress parse(String variable, String url, List<String> schemes, ServerAddress defaults) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(variable + " is not a URL: " + url, e);
        }
        if (uri.getScheme() == null || !schemes.contains(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(variable + " must look like " + schemes.get(0)
                    + "://user:password@host:port, not: " + url);
        }
        String user = defaults.user();
        String password = defaults.password();
        String info = uri.getUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            user = colon < 0 ? info : info.substring(0, colon);
            password = colon < 0 ? "" : info.substring(colon + 1);
        }
        String path = uri.getPath();
        String database = path == null || path.isEmpty() || path.equals("/") ? defaults.database() : path.substring(1);
        int port = uri.getPort() < 0 ? defaults.port() : uri.getPort();
        return new ServerAddress(uri.getHost(), port, user, password, database);
    }

    ServerAddress withDatabase(String name) {
        return new ServerAddress(host, port, user, password, name);
    }

    /** {@code host:port}, for messages. */
    String hostPort() {
        return urlHost() + ":" + port;
    }

    String jdbcUrl(String subprotocol) {
        return "jdbc:" + subprotocol + "://" + hostPort() + "/" + (database == null ? "" : database);
    }

    /** The URL as Prisma expects it: {@code scheme://user[:password]@host:port/database}. */
    String prismaUrl(String scheme) {
        StringBuilder url = new StringBuilder(scheme).append("://").append(encode(user));
        if (password != null && !password.isEmpty()) {
            url.append(':').append(encode(password));
        }
        return url.append('@').append(hostPort()).append('/').append(database == null ? "" : database).toString();
    }

    private String urlHost() {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
