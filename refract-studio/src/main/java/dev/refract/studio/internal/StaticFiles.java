package dev.refract.studio.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The page and its assets, from the jar's resources ({@code dev/refract/studio/web}). Nothing is
 * loaded from elsewhere: the Content-Security-Policy allows this origin only.
 */
final class StaticFiles {
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/assets/app.js", "app.js",
            "/assets/app.css", "app.css",
            "/favicon.ico", "favicon.svg");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    void serve(HttpExchange exchange, String path) throws IOException {
        String name = FILES.get(path);
        if (name == null) {
            Router.sendError(exchange, 404, "Not found: " + path);
            return;
        }
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            Router.sendError(exchange, 405, "Use GET.");
            return;
        }
        byte[] bytes;
        try (InputStream in = StaticFiles.class.getResourceAsStream("/dev/refract/studio/web/" + name)) {
            if (in == null) {
                Router.sendError(exchange, 404, "Not found: " + path);
                return;
            }
            bytes = in.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
