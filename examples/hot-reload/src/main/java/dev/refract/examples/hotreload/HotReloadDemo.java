package dev.refract.examples.hotreload;

import dev.refract.client.PoolStats;
import dev.refract.client.RefractClient;
import dev.refract.dialect.url.ConnectionUrl;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A dev server simulated: {@code --reloads N} times a fresh classloader loads the application, which
 * builds a client the careless way (never closed) and runs a query; after each reload the database's
 * backends for the demo's application_name are counted. Ends with one line
 * {@code reloads=N max_backends=B errors=E}. {@code --naive}: a plain HikariCP pool per reload
 * instead, stopping at the first error. The URL is DATABASE_URL, by default a demo database on the
 * local server (created when missing).
 */
public final class HotReloadDemo {
    static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/refract_hot_reload_demo";
    private static final String USAGE = "usage: hot-reload-demo [--reloads N] [--naive]\n"
            + "  --reloads N  how many reloads (default 50)\n"
            + "  --naive      a plain HikariCP pool per reload (what users see without a shared pool); stops at the first error\n"
            + "  DATABASE_URL the PostgreSQL database (default " + DEFAULT_URL + ", created when missing);\n"
            + "               its connection_limit sizes the pools";

    private HotReloadDemo() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv("DATABASE_URL"), System.out, System.err));
    }

    /** Runs the demo; the exit status: 0 without errors, 1 with, 2 for wrong arguments. */
    static int run(String[] args, String databaseUrl, PrintStream out, PrintStream err) {
        int reloads = 50;
        boolean naive = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--naive" -> naive = true;
                case "--reloads" -> {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d+") || args[i + 1].length() > 6) {
                        err.println("--reloads needs a whole number\n" + USAGE);
                        return 2;
                    }
                    reloads = Integer.parseInt(args[++i]);
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("unknown argument: " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
        }
        String base = databaseUrl == null || databaseUrl.isBlank() ? DEFAULT_URL : databaseUrl;
        ConnectionUrl parsed = ConnectionUrl.parse(base);
        String applicationName = parsed.parameter("application_name").orElse("refract-hot-reload-" + ProcessHandle.current().pid());
        String url = parsed.parameter("application_name").isPresent() ? base
                : base + (base.contains("?") ? "&" : "?") + "application_name=" + applicationName;
        try (DemoDatabase db = DemoDatabase.open(ConnectionUrl.parse(url), applicationName)) {
            return new HotReloadDemo().loop(reloads, naive, url, applicationName, db, out);
        } catch (Exception e) {
            err.println("hot-reload-demo: " + messages(e));
            return 1;
        }
    }

    private int loop(int reloads, boolean naive, String url, String applicationName, DemoDatabase backends, PrintStream out)
            throws Exception {
        out.println((naive ? "naive: a new HikariCP pool per reload" : "refract: a new RefractClient per reload, never closed")
                + ", " + reloads + " reloads, application_name=" + applicationName);
        AppReloader reloader = new AppReloader();
        int done = 0;
        int maxBackends = 0;
        int errors = 0;
        for (int reload = 1; reload <= reloads; reload++) {
            done = reload;
            try {
                Object count = reloader.reload(naive ? "NaiveApp" : "CarelessApp", url);
                if (!Integer.valueOf(1).equals(count)) {
                    throw new IllegalStateException("the query counted " + count + " items, not 1");
                }
            } catch (Exception | LinkageError e) {
                errors++;
                out.println("reload " + reload + ": error: " + messages(e));
                if (naive) {
                    break;
                }
            }
            int now = backends.backends();
            maxBackends = Math.max(maxBackends, now);
            if (naive || reload == 1 || reload % 10 == 0 || reload == reloads) {
                out.println("reload " + reload + ": backends=" + now + pools(url));
            }
        }
        if (!naive) {
            out.println("after the run: " + releaseForgottenClients(url, backends));
        }
        out.println("reloads=" + done + " max_backends=" + maxBackends + " errors=" + errors);
        return errors == 0 ? 0 : 1;
    }

    private static String pools(String url) {
        List<PoolStats> pools = poolsOf(url);
        return pools.isEmpty() ? "" : " pools=" + pools.size() + " clients=" + pools.stream().mapToInt(PoolStats::clients).sum();
    }

    private static List<PoolStats> poolsOf(String url) {
        String database = ConnectionUrl.parse(url).database();
        return RefractClient.pools().stream().filter(p -> p.database().contains("\"" + database + "\"")).toList();
    }

    /** The old applications' clients were never closed: once collected, the Cleaner gives their share back and the pool closes. */
    private static String releaseForgottenClients(String url, DemoDatabase backends) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((!poolsOf(url).isEmpty() || backends.backends() > 0) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
        }
        return "forgotten clients collected: pools=" + poolsOf(url).size() + " backends=" + backends.backends();
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": caused by ").append(message);
            }
        }
        return text.toString();
    }
}
