package dev.refract.studio;

import java.util.Objects;

/**
 * Where Studio listens and the token its API requires. The defaults bind to 127.0.0.1 only, port
 * 5555 as Prisma Studio, with a random token.
 *
 * @param hostname the interface to bind ({@code 127.0.0.1} unless the user asks for another)
 * @param port the port; 0 picks a free one (tests)
 * @param token the API token; null for a random one
 */
public record StudioOptions(String hostname, int port, String token) {
    public static final String DEFAULT_HOSTNAME = "127.0.0.1";
    public static final int DEFAULT_PORT = 5555;

    public StudioOptions {
        Objects.requireNonNull(hostname, "hostname");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** 127.0.0.1:5555 with a random token. */
    public static StudioOptions defaults() {
        return new StudioOptions(DEFAULT_HOSTNAME, DEFAULT_PORT, null);
    }

    public StudioOptions withPort(int value) {
        return new StudioOptions(hostname, value, token);
    }

    public StudioOptions withHostname(String value) {
        return new StudioOptions(value, port, token);
    }

    public StudioOptions withToken(String value) {
        return new StudioOptions(hostname, port, value);
    }
}
