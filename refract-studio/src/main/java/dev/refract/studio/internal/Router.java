package dev.refract.studio.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.refract.client.RefractException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request: the guard's checks (Host, Origin, then the token for {@code /api}), then the page,
 * its assets, or an API endpoint. API answers are JSON; refusals carry {@code {"error": {"message"}}}
 * with 403 (host, origin), 401 (token), 404, 405, 413, 415 or 400; a database failure outside a save
 * is 503 (unreachable, P1xxx, P2024) or 500 with its code.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger("dev.refract.studio");
    private static final int MAX_BODY = 8 * 1024 * 1024;

    private final Guard guard;
    private final Api api;
    private final StaticFiles files;

    Router(Guard guard, Api api, StaticFiles files) {
        this.guard = guard;
        this.api = api;
        this.files = files;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            String refused = guard.checkHost(exchange.getRequestHeaders().getFirst("Host"));
            if (refused == null) {
                refused = guard.checkOrigin(exchange.getRequestHeaders().getFirst("Origin"));
            }
            if (refused != null) {
                sendError(exchange, 403, refused);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/api/") || path.equals("/api")) {
                handleApi(exchange, path);
            } else {
                files.serve(exchange, path);
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Studio request failed", e);
            throw e;
        }
    }

    private void handleApi(HttpExchange exchange, String path) throws IOException {
        if (!guard.tokenMatches(exchange.getRequestHeaders().getFirst(Guard.TOKEN_HEADER))) {
            sendError(exchange, 401, "Missing or wrong token: open the URL printed by `refract studio`.");
            return;
        }
        String method = exchange.getRequestMethod();
        try {
            Object result = switch (path) {
                case "/api/schema" -> only(method, "GET", () -> api.schema());
                case "/api/models" -> only(method, "GET", () -> api.models());
                case "/api/rows" -> only(method, "POST", () -> api.rows(body(exchange)));
                case "/api/save" -> only(method, "POST", () -> api.save(body(exchange)));
                default -> throw new ApiError(404, "No API endpoint `" + path + "`.");
            };
            if (result instanceof Api.Answer answer) {
                send(exchange, answer.status(), answer.body());
            } else {
                send(exchange, 200, result);
            }
        } catch (ApiError e) {
            sendError(exchange, e.status, e.getMessage());
        } catch (RefractException e) {
            // the database failed a read (unreachable, timed out, refused the query): say so, as JSON
            boolean unavailable = e.code().startsWith("P1") || e.code().equals("P2024");
            send(exchange, unavailable ? 503 : 500, Map.of("error", Map.of("message", e.getMessage(), "code", e.code())));
        }
    }

    private static Object only(String method, String expected, java.util.function.Supplier<Object> action) {
        if (!method.equals(expected)) {
            throw new ApiError(405, "Use " + expected + " for this endpoint.");
        }
        return action.get();
    }

    private static Map<String, Object> body(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "Send the request body as application/json.");
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiError(413, "The request body is larger than " + MAX_BODY + " bytes.");
            }
            return Json.readObject(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ApiError.badRequest("Could not read the request body: " + e.getMessage());
        }
    }

    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Map.of("error", Map.of("message", message)));
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
