package dev.refract.studio;

import dev.refract.client.RefractClient;
import dev.refract.studio.internal.StudioServer;
import java.io.IOException;
import java.net.URI;

/**
 * Refract Studio: a web page to browse and edit the data of one schema's database, served by the
 * JDK's HTTP server over the client's dynamic entry point ({@link RefractClient#execute}). Every API
 * call needs the token in {@link #url()}; requests with a foreign Host or Origin are refused. There
 * is no way to send SQL: the API takes Prisma-shaped reads and writes only.
 *
 * <pre>{@code
 * try (Studio studio = Studio.start(client, StudioOptions.defaults())) {
 *     System.out.println(studio.url());
 *     studio.awaitClose();
 * }
 * }</pre>
 */
public final class Studio implements AutoCloseable {
    private final StudioServer server;

    private Studio(StudioServer server) {
        this.server = server;
    }

    /**
     * Starts serving {@code client}'s database. The client stays the caller's: closing Studio stops the
     * server only.
     *
     * @throws IOException when the address cannot be bound (port in use, unknown hostname)
     */
    public static Studio start(RefractClient client, StudioOptions options) throws IOException {
        return new Studio(StudioServer.start(client, options));
    }

    /** The page's address with the token, as printed for the user: {@code http://127.0.0.1:5555/?token=...}. */
    public URI url() {
        return server.url();
    }

    /** The port the server listens on (the chosen one when the options said 0). */
    public int port() {
        return server.port();
    }

    /** The token every API call must carry ({@code X-Refract-Token} header). */
    public String token() {
        return server.token();
    }

    /** Blocks until {@link #close()} is called (from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        server.awaitStop();
    }

    /** Stops the server, letting requests in flight finish for up to a second. Idempotent. */
    @Override
    public void close() {
        server.stop();
    }
}
