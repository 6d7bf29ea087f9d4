package dev.refract.bench.peers;

import dev.refract.bench.peers.data.Dataset;
import dev.refract.bench.peers.data.Datasets;
import dev.refract.bench.peers.prisma.PrismaPeer;
import dev.refract.bench.peers.typed.orm.OrmDb;
import dev.refract.client.RefractClient;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.url.Environment;
import dev.refract.migrate.diff.DestructiveChanges;
import dev.refract.migrate.engine.MigrateEngine;
import dev.refract.migrate.engine.Project;
import dev.refract.migrate.engine.PushListener;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Schema;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Startup ({@code bin/bench --peers-startup [--runs N]}): each Refract case runs {@code N} times (default 3)
 * in a fresh JVM, which measures from JVM start to {@code main}, the client's construction (schema parsed
 * and validated, pool opened), the first query ({@code findUnique} of customer 1 on the orm dataset) and a
 * second one; Prisma 7 does the same on Node ({@code startup.ts}) when the oracle is installed. Cases:
 * the dynamic client on PostgreSQL and on SQLite (a copy of the model in {@code target/startup/orm.db}),
 * the generated typed client ({@code OrmDb.connect(url)}) on PostgreSQL. Prints a markdown table of the
 * medians (min-max), then the runtime's size ({@link RuntimeSize}).
 */
public final class StartupProbe {
    private static final Pattern PRISMA = Pattern.compile("process start to script (\\d+) ms; imports ([\\d.]+) ms; client "
            + "construction ([\\d.]+) ms; first query ([\\d.]+) ms; second query ([\\d.]+) ms; process start to first result (\\d+) ms");
    private static final String[] ROWS = {"process start to the client's code", "client construction", "first query",
        "second query", "process start to first result"};

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], args[2]);
            return;
        }
        if (args.length > 0 && args[0].equals("--prisma")) {
            System.out.println(PrismaPeer.startup(Datasets.orm(false), Datasets.movies()));
            return;
        }
        int runs = args.length > 1 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 3;
        Dataset orm = Datasets.orm(false);
        orm.ensure();
        Path sqlite = PrismaPeer.workFolder().getParent().resolve("startup/orm.db").toAbsolutePath();
        prepareSqlite(orm, sqlite);
        Map<String, List<double[]>> columns = new LinkedHashMap<>();
        columns.put("Refract dynamic, PostgreSQL", runs(runs, "dynamic", orm.prismaUrl()));
        columns.put("Refract typed (OrmDb), PostgreSQL", runs(runs, "typed", orm.prismaUrl()));
        columns.put("Refract dynamic, SQLite", runs(runs, "dynamic", "file:" + sqlite));
        String prismaNote = "";
        if (Files.isDirectory(PrismaPeer.oracle().resolve("node_modules"))) {
            List<double[]> prisma = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Matcher m = PRISMA.matcher(PrismaPeer.startup(orm, Datasets.movies()));
                if (!m.find()) {
                    throw new IllegalStateException("unexpected output of startup.ts");
                }
                // process start to the script, then to the client's code after the imports
                prisma.add(new double[] {Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                    Double.parseDouble(m.group(6))});
            }
            columns.put("Prisma 7 (Node, tsx), PostgreSQL", prisma);
            prismaNote = " Prisma on SQLite is not measured: the oracle installs only the PostgreSQL driver adapter.";
        } else {
            prismaNote = " Prisma: no oracle at " + PrismaPeer.oracle() + ".";
        }
        System.out.println(table(columns, runs) + "\n" + runs + " runs each, median (min-max), ms. Refract's \"process start"
                + " to the client's code\" is JVM start to main; Prisma's is process start to the script plus its imports."
                + prismaNote + "\n");
        System.out.println(sizes());
    }

    /** One measurement in this (fresh) JVM; prints {@code probe} and five numbers (ms). */
    private static void child(String kind, String url) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        long t1;
        long t2;
        long t3;
        if (kind.equals("typed")) {
            OrmDb db = OrmDb.connect(url);
            t1 = System.nanoTime();
            db.customer().findUniqueOrThrow(c -> c.id(1));
            t2 = System.nanoTime();
            db.customer().findUniqueOrThrow(c -> c.id(2));
            t3 = System.nanoTime();
            db.runtime().close();
        } else {
            String text = ormText(url.startsWith("file:") ? "sqlite" : "postgresql");
            RefractClient client = RefractClient.builder(validate(text), ConnectionUrl.parse(url)).build();
            t1 = System.nanoTime();
            client.execute("Customer", "findUnique", Map.of("where", Map.of("id", 1)));
            t2 = System.nanoTime();
            client.execute("Customer", "findUnique", Map.of("where", Map.of("id", 2)));
            t3 = System.nanoTime();
            client.close();
        }
        long firstResult = mainAt - jvmStart + (t2 - t0) / 1_000_000;
        System.out.println(String.format(Locale.ROOT, "probe %d %.1f %.1f %.2f %d", mainAt - jvmStart, (t1 - t0) / 1e6,
                (t2 - t1) / 1e6, (t3 - t2) / 1e6, firstResult));
    }

    private static List<double[]> runs(int n, String kind, String url) throws IOException, InterruptedException {
        List<double[]> out = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < n; i++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(),
                    "--child", kind, url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !output.contains("probe ")) {
                throw new IllegalStateException(kind + " " + url + " failed: " + output);
            }
            String[] f = output.substring(output.indexOf("probe ") + 6).trim().split(" ");
            double[] v = new double[f.length];
            for (int j = 0; j < f.length; j++) {
                v[j] = Double.parseDouble(f[j]);
            }
            out.add(v);
        }
        return out;
    }

    private static String table(Map<String, List<double[]>> columns, int runs) {
        StringBuilder b = new StringBuilder("| |");
        columns.keySet().forEach(c -> b.append(' ').append(c).append(" |"));
        b.append("\n| --- |");
        columns.keySet().forEach(c -> b.append(" ---: |"));
        b.append('\n');
        for (int r = 0; r < ROWS.length; r++) {
            b.append("| ").append(ROWS[r]).append(" |");
            for (List<double[]> column : columns.values()) {
                double[] v = new double[column.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = column.get(i)[r];
                }
                java.util.Arrays.sort(v);
                String fmt = r == 3 ? "%.1f" : "%.0f";
                b.append(' ').append(String.format(Locale.ROOT, fmt, v[v.length / 2]));
                if (v.length > 1) {
                    b.append(String.format(Locale.ROOT, " (" + fmt + "-" + fmt + ")", v[0], v[v.length - 1]));
                }
                b.append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String sizes() throws IOException {
        Path work = PrismaPeer.workFolder();
        Path root = work.getParent().getParent().getParent();
        StringBuilder b = new StringBuilder("| runtime | part | size |\n| --- | --- | ---: |\n");
        long total = 0;
        long core = 0;
        for (RuntimeSize.Part p : RuntimeSize.refract(root)) {
            b.append("| Refract | ").append(p.name()).append(" | ").append(kb(p.bytes())).append(" |\n");
            total += Math.max(0, p.bytes());
            if (p.name().startsWith("refract-") || p.name().startsWith("HikariCP") || p.name().startsWith("slf4j")) {
                core += Math.max(0, p.bytes());
            }
        }
        b.append("| Refract | total (with the three drivers refract-dialect brings today) | ").append(kb(total)).append(" |\n");
        b.append("| Refract | without the drivers (add the one the database needs) | ").append(kb(core)).append(" |\n");
        if (Files.isDirectory(PrismaPeer.oracle().resolve("node_modules"))) {
            for (RuntimeSize.Part p : RuntimeSize.prisma(PrismaPeer.oracle(), work)) {
                b.append("| Prisma 7 | ").append(p.name()).append(" | ").append(kb(p.bytes())).append(" |\n");
            }
        }
        return b.toString();
    }

    private static String kb(long bytes) {
        if (bytes < 0) {
            return "not found (build first)";
        }
        return bytes >= 10L << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
    }

    /** The orm model for a provider (the suite's schema is PostgreSQL's). */
    private static String ormText(String provider) {
        return Datasets.orm(false).schemaText().replace("provider = \"postgresql\"", "provider = \"" + provider + "\"");
    }

    private static Schema validate(String text) {
        return PrismaSchema.validate("schema.prisma", text).resolved().orElseThrow(() -> new IllegalStateException("invalid schema"));
    }

    /** A fresh SQLite copy of the orm model with customers 1 and 2 (built in this JVM, before the children run). */
    private static void prepareSqlite(Dataset orm, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        MigrateEngine.of(Project.withoutShadowDatabase(validate(ormText("sqlite")), ConnectionUrl.parse("file:" + file),
                Path.of("schema.prisma"), Environment.of(Map.of()))).push(false, new PushListener() {
            @Override
            public void unexecutable(List<DestructiveChanges.Finding> steps) {
                throw new IllegalStateException("cannot push the SQLite copy: " + steps);
            }

            @Override
            public boolean confirmWarnings(List<DestructiveChanges.Finding> warnings) {
                return true;
            }
        });
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"Customer\" (id, name, email, \"isActive\") VALUES (1, 'Customer 1', 'customer1@example.com', 0),"
                    + " (2, 'Customer 2', 'customer2@example.com', 0)");
        }
    }
}
