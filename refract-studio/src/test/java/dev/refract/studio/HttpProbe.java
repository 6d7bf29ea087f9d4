package dev.refract.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Requests to a running Studio as a browser or another program would send them; answers parsed as JSON. */
final class HttpProbe {
    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            try {
                return JSON.readValue(body, Map.class);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        String errorMessage() {
            return String.valueOf(((Map<String, Object>) json().get("error")).get("message"));
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String token;

    HttpProbe(Studio studio) {
        this.port = studio.port();
        this.token = studio.token();
    }

    String token() {
        return token;
    }

    Answer get(String path) {
        return send(request(path, token, null).GET().build());
    }

    Answer post(String path, Object body) {
        return postRaw(path, write(body), token, null, "application/json");
    }

    Answer postRaw(String path, String body, String withToken, String origin, String contentType) {
        HttpRequest.Builder b = request(path, withToken, origin).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    Answer getWith(String path, String withToken, String origin) {
        return send(request(path, withToken, origin).GET().build());
    }

    /** A request with its own Host header (HttpClient sets Host itself), over a plain socket. */
    int statusWithHost(String path, String host, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String request = (body == null ? "GET " : "POST ") + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Refract-Token: " + token
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + (body == null ? "\r\n" : "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    private HttpRequest.Builder request(String path, String withToken, String origin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (withToken != null) {
            b.header("X-Refract-Token", withToken);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return b;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
