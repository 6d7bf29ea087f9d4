package dev.refract.studio.internal;

import com.sun.net.httpserver.HttpServer;
import dev.refract.client.RefractClient;
import dev.refract.studio.StudioOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's {@link HttpServer} with Studio's routes: the page and its assets, and the JSON API under
 * {@code /api}. Every request passes the {@link Guard} first.
 */
public final class StudioServer {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer http;
    private final ExecutorService workers;
    private final String token;
    private final URI url;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();

    private StudioServer(HttpServer http, ExecutorService workers, String token, URI url) {
        this.http = http;
        this.workers = workers;
        this.token = token;
        this.url = url;
    }

    public static StudioServer start(RefractClient client, StudioOptions options) throws IOException {
        String token = options.token() != null ? options.token() : randomToken();
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(options.hostname()), options.port());
        HttpServer http = HttpServer.create(address, 0);
        int port = http.getAddress().getPort();
        Guard guard = new Guard(options.hostname(), port, token);
        Api api = new Api(client, new SchemaJson(client.schema()));
        http.createContext("/", new Router(guard, api, new StaticFiles()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "refract-studio-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        http.start();
        String host = options.hostname().contains(":") ? "[" + options.hostname() + "]" : options.hostname();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return new StudioServer(http, workers, token, URI.create("http://" + host + ":" + port + "/?token=" + token));
    }

    static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public URI url() {
        return url;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public void stop() {
        if (stopping.compareAndSet(false, true)) {
            http.stop(1);
            workers.shutdownNow();
            stopped.countDown();
        }
    }
}
