package dev.refract.bench.peers.prisma;

import dev.refract.bench.peers.data.Dataset;
import dev.refract.bench.peers.harness.Pools;
import dev.refract.bench.peers.harness.Stats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma 7 on Node through the oracle (../shared/oracle, installed by its setup.sh; its folder is
 * {@code PRISMA_ORACLE_ROOT}, default /work/oracle): a work folder under benchmarks/target/prisma-peer
 * holds the two schemas (with {@code previewFeatures = ["relationJoins"]}), the clients {@code prisma
 * generate} writes, and {@code bench.ts}, run by {@code tsx} with relationLoadStrategy 'query' or 'join'.
 */
public final class PrismaPeer {
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[-0-9.eE]+)");

    private PrismaPeer() {
    }

    public static Path oracle() {
        return Path.of(System.getenv().getOrDefault("PRISMA_ORACLE_ROOT", "/work/oracle"));
    }

    /** {@code benchmarks/target/prisma-peer}: beside the classes folder or the benchmarks jar. */
    public static Path workFolder() {
        try {
            Path code = Path.of(PrismaPeer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().resolve("prisma-peer");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prepares the work folder once: schemas, node_modules link, generated clients, the script. */
    public static Path prepare(Dataset orm, Dataset movies) throws IOException, InterruptedException {
        Path oracle = oracle();
        if (!Files.isDirectory(oracle.resolve("node_modules"))) {
            throw new IOException("no Prisma oracle at " + oracle + " (bash ../shared/oracle/setup.sh " + oracle + ")");
        }
        Path dir = workFolder();
        Files.createDirectories(dir);
        if (!Files.exists(dir.resolve("node_modules"))) {
            Files.createSymbolicLink(dir.resolve("node_modules"), oracle.resolve("node_modules"));
        }
        Files.writeString(dir.resolve("package.json"), "{ \"private\": true, \"type\": \"module\" }\n");
        for (String script : List.of("bench.ts", "startup.ts")) {
            try (InputStream in = PrismaPeer.class.getResourceAsStream("/peers/prisma/" + script)) {
                Files.write(dir.resolve(script), in.readAllBytes());
            }
        }
        for (Dataset d : List.of(orm, movies)) {
            String name = d.name().startsWith("orm") ? "orm" : "movies";
            // without Refract's own generator block (Prisma would look for a "refract-client-java" executable)
            String schema = d.schemaText().replaceAll("(?s)generator refract \\{.*?\\}\\s*", "").replace("datasource db {", "generator client {\n  provider = \"prisma-client\"\n"
                    + "  output = \"./generated/" + name + "\"\n  moduleFormat = \"esm\"\n  previewFeatures = [\"relationJoins\"]\n}\n\n"
                    + "datasource db {");
            Path file = dir.resolve(name + ".prisma");
            boolean same = Files.exists(file) && Files.readString(file).equals(schema)
                    && Files.exists(dir.resolve("generated/" + name + "/client.ts"));
            if (!same) {
                Files.writeString(file, schema);
                run(dir, Map.of("DATABASE_URL", d.prismaUrl()), 300, oracle.resolve("node_modules/.bin/prisma").toString(),
                        "generate", "--schema", file.toString());
            }
        }
        return dir;
    }

    /** Runs the timing script; one {@code Stats} per workload line it prints. */
    public static List<Stats> run(Dataset orm, Dataset movies, boolean joins, boolean quick, String filter)
            throws IOException, InterruptedException {
        Path dir = prepare(orm, movies);
        String out = run(dir, Map.of("ORM_URL", orm.prismaUrl(), "MOVIES_URL", movies.prismaUrl(), "JOINS", joins ? "1" : "0",
                "WARMUP_MS", quick ? "400" : "3000", "MEASURE_MS", quick ? "1200" : "10000", "MIX_MS", quick ? "5000" : "30000",
                "FILTER", filter, "POOL", String.valueOf(Pools.SIZE)), 3600,
                oracle().resolve("node_modules/.bin/tsx").toString(), "bench.ts");
        List<Stats> stats = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            java.util.Map<String, String> f = new java.util.HashMap<>();
            Matcher m = FIELD.matcher(line);
            while (m.find()) {
                f.put(m.group(1), m.group(2).replace("\"", ""));
            }
            stats.add(new Stats(f.get("peer"), f.get("workload"), Integer.parseInt(f.get("samples")),
                    Double.parseDouble(f.get("medianMicros")), Double.parseDouble(f.get("p99Micros")), 0,
                    Double.parseDouble(f.getOrDefault("opsPerSecond", "0"))));
        }
        return stats;
    }

    /** Prisma's startup line (startup.ts: imports, client construction, first and second query). */
    public static String startup(Dataset orm, Dataset movies) throws IOException, InterruptedException {
        Path dir = prepare(orm, movies);
        return run(dir, Map.of("ORM_URL", orm.prismaUrl()), 300, oracle().resolve("node_modules/.bin/tsx").toString(),
                "startup.ts").trim();
    }

    /** The script's results as JSON (for the cross-peer check), written to {@code file}. */
    public static void check(Dataset orm, Dataset movies, Path file, String filter) throws IOException, InterruptedException {
        Path dir = prepare(orm, movies);
        run(dir, Map.of("ORM_URL", orm.prismaUrl(), "MOVIES_URL", movies.prismaUrl(), "JOINS", "0", "CHECK_OUT", file.toString(),
                "FILTER", filter), 600, oracle().resolve("node_modules/.bin/tsx").toString(), "bench.ts");
    }

    private static String run(Path dir, Map<String, String> env, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("PRISMA_SCHEMA_ENGINE_BINARY", oracle().resolve("engine-shim/schema-engine.mjs").toString());
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        pb.environment().put("PRISMA_HIDE_UPDATE_MESSAGE", "1");
        pb.environment().put("PATH", oracle().resolve("bin") + ":" + oracle().resolve("node_modules/.bin") + ":"
                + System.getenv("PATH"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
