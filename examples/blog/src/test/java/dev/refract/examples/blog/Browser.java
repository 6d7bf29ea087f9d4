package dev.refract.examples.blog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Loads a page in headless Chromium ({@code chromium --headless --dump-dom}: the DOM after the page
 * rendered) and parses it with jsoup. Without a Chromium on the machine it fetches the HTML over
 * HTTP instead and says so once, except under CI=true, where that fails (the Debian chromium package
 * is installed by .ci/install-packages).
 */
final class Browser {
    private static final String CHROMIUM = find();
    private static boolean warned;

    private Browser() {
    }

    static boolean isChromium() {
        return CHROMIUM != null;
    }

    static Document load(String url) throws Exception {
        if (CHROMIUM == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and no chromium on PATH: .ci/install-packages installs it");
            }
            synchronized (Browser.class) {
                if (!warned) {
                    System.out.println("[blog-e2e] WARNING: no chromium on PATH; pages are fetched over HTTP and parsed, not rendered");
                    warned = true;
                }
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Jsoup.parse(r.body(), url);
        }
        Path profile = Files.createTempDirectory("blog-chromium");
        Process p = new ProcessBuilder(List.of(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish loading " + url);
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return Jsoup.parse(new String(out, StandardCharsets.UTF_8), url);
    }

    private static String find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
