package dev.refract.bench.peers;

import com.zaxxer.hikari.HikariDataSource;
import dev.refract.bench.peers.data.Dataset;
import dev.refract.bench.peers.data.Datasets;
import dev.refract.bench.peers.harness.Check;
import dev.refract.bench.peers.harness.Measure;
import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Pools;
import dev.refract.bench.peers.harness.Report;
import dev.refract.bench.peers.harness.Stats;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.bench.peers.prisma.PrismaPeer;
import dev.refract.bench.peers.prisma.RecordedPeer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

/**
 * The benchmark against the peers ({@code bin/bench --peers [--quick]}): seeds the datasets when needed,
 * checks that every peer returns the same rows, measures every workload for all peers interleaved, runs the concurrency
 * mix, runs Prisma 7 on Node, and writes {@code benchmarks/results/latest.{md,json,png}}.
 *
 * <p>Options: {@code --quick} (short warm-up and measurement, 5 s mix), {@code --peers a,b} (only these
 * besides raw JDBC: refract, refract-typed, refract-join, jooq, hibernate; see {@link PeerSet}), {@code --no-prisma}, {@code --out DIR}, {@code --workloads regex} (labels, whole match),
 * {@code --warmup-ms N} and {@code --measure-ms N} (per peer and workload, Java peers), {@code --warmup-ops N} (operations under
 * 1 ms warm up for at least N operations, at most 20 s; 20,000, 0 with {@code --quick}).
 */
public final class PeersBench {
    /** The include workloads measured again with the foreign-key index added. */
    static final Set<Workload> INCLUDES = EnumSet.of(Workload.FIND_MANY_INCLUDE, Workload.FIND_FIRST_INCLUDE,
            Workload.FIND_UNIQUE_INCLUDE, Workload.BY_ID_ORDERS, Workload.BY_ID_ORDERS_PRODUCTS);

    private PeersBench() {
    }

    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        List<String> a = Arrays.asList(args);
        boolean quick = a.contains("--quick");
        boolean prisma = !a.contains("--no-prisma");
        Set<String> only = new HashSet<>(Arrays.asList(option(a, "--peers", "").split(",")));
        only.remove("");
        Path out = Path.of(option(a, "--out", "benchmarks/results"));
        String filter = option(a, "--workloads", ".*");
        Duration warmup = Duration.ofMillis(Long.parseLong(option(a, "--warmup-ms", quick ? "400" : "3000")));
        Duration measured = Duration.ofMillis(Long.parseLong(option(a, "--measure-ms", quick ? "1200" : "10000")));
        Measure measure = new Measure(warmup, measured, quick ? 2_000 : 20_000,
                Integer.parseInt(option(a, "--warmup-ops", quick ? "0" : "20000")));
        Duration mix = quick ? Duration.ofSeconds(5) : Duration.ofSeconds(30);
        int threads = 16;

        Dataset movies = Datasets.movies();
        List<Dataset> orms = List.of(Datasets.orm(false), Datasets.orm(true));
        for (Dataset d : List.of(orms.get(0), orms.get(1), movies)) {
            long t0 = System.nanoTime();
            boolean built = d.ensure();
            log("dataset " + d.database() + (built ? " seeded in " + (System.nanoTime() - t0) / 1_000_000 + " ms" : " reused"));
        }
        List<Stats> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (HikariDataSource moviesPool = Pools.hikari(movies.jdbcUrl())) {
            for (Dataset orm : orms) {
                boolean fk = orm != orms.get(0);
                try (HikariDataSource ormPool = Pools.hikari(orm.jdbcUrl());
                     Connection resets = DriverManager.getConnection(orm.jdbcUrl())) {
                    List<Peer> peers = PeerSet.create(ormPool, orm, moviesPool, movies, only);
                    List<Workload> workloads = new ArrayList<>();
                    for (Workload w : Workload.values()) {
                        if (w.label().matches(filter) && (!fk || INCLUDES.contains(w))) {
                            workloads.add(w);
                        }
                    }
                    List<Peer> checked = new ArrayList<>(peers);
                    if (prisma && !fk) {
                        try {
                            Path json = PrismaPeer.workFolder().resolve("check.json");
                            PrismaPeer.check(orm, movies, json, filter);
                            checked.add(RecordedPeer.read("prisma", json));
                        } catch (Exception e) {
                            log("prisma check failed: " + e.getMessage());
                        }
                    }
                    List<String> mismatches = Check.mismatches(peers.get(0), checked, workloads, resets);
                    mismatches.forEach(m -> log("CHECK " + (fk ? "[fk] " : "") + m));
                    problems.addAll(mismatches);
                    for (Workload w : workloads) {
                        List<Peer> able = peers.stream().filter(peer -> peer.supports(w)).toList();
                        for (Stats s : measure.runAll(able, w, resets)) {
                            if (fk) {
                                s = rename(s, s.workload() + " (fk index)");
                            }
                            results.add(s);
                            log(String.format("%-13s %-40s median %9.1f us  p99 %9.1f us  %8d B/op  n=%d", s.peer(), s.workload(),
                                    s.medianMicros(), s.p99Micros(), s.bytesPerOp(), s.samples()));
                        }
                    }
                    if (!fk && "concurrency-mix".matches(filter)) {
                        for (Stats s : measure.mixAll(peers, threads, mix, 1_000, quick ? 1 : 3)) {
                            results.add(s);
                            log(String.format("%-13s %-40s %9.0f ops/s  p50 %9.1f us  p99 %9.1f us", s.peer(), s.workload(),
                                    s.opsPerSecond(), s.medianMicros(), s.p99Micros()));
                        }
                    }
                    for (Peer peer : peers) {
                        peer.close();
                    }
                }
            }
        }
        if (prisma) {
            String includes = "findMany-include-orders|findFirst-include-orders|findUnique-include-orders|mix-byId-orders|mix-byId-orders-products";
            for (int run = 0; run < 4; run++) {
                boolean joins = run % 2 == 1;
                boolean fk = run >= 2;
                try {
                    List<Stats> node = PrismaPeer.run(orms.get(fk ? 1 : 0), movies, joins, quick,
                            fk ? "(?=" + filter + ")(?:" + includes + ")" : filter);
                    if (fk) {
                        node.replaceAll(s -> rename(s, s.workload() + " (fk index)"));
                    }
                    node.forEach(s -> log(String.format("%-13s %-40s median %9.1f us  p99 %9.1f us", s.peer(), s.workload(),
                            s.medianMicros(), s.p99Micros())));
                    results.addAll(node);
                } catch (Exception e) {
                    log("prisma (relationJoins " + joins + ") failed: " + e.getMessage());
                    problems.add("prisma: " + e.getMessage());
                }
            }
        }
        String header = "Run " + Instant.now() + (quick ? " (quick mode)" : " (full mode)") + " on " + machine()
                + ". Pool: HikariCP, " + Pools.SIZE + " connections, prepareThreshold=1, for every Java peer."
                + (problems.isEmpty() ? " Check: every peer returned the same rows on every workload."
                        : " Check found " + problems.size() + " disagreement(s): see the run's log.");
        new Report(results, header).write(out);
        log("wrote " + out.resolve("latest.md") + ", latest.json, latest.png");
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    private static Stats rename(Stats s, String workload) {
        return new Stats(s.peer(), workload, s.samples(), s.medianMicros(), s.p99Micros(), s.bytesPerOp(), s.opsPerSecond());
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }

    static void log(String line) {
        System.err.println("[peers] " + line);
    }
}
