package dev.refract.bench.peers.harness;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The timing loop: warm-up for a while, then time each operation on its own ({@code System.nanoTime}),
 * with the bytes the thread allocated during the operations (HotSpot's per-thread counter), and the
 * resets of state-changing workloads outside both. The concurrency mix: threads looping on random
 * by-id reads and pages for a fixed time.
 *
 * <p>The peers of one workload are measured interleaved ({@link #runAll}, {@link #mixAll}): every peer
 * warms up, then the measured time is cut into {@link #ROUNDS} rounds ({@link #FINE_ROUNDS} for operations
 * under a millisecond), and each round gives each peer its
 * slice, the order turning by one every round. A drift of the machine during the workload (another
 * process, the database's caches, a JIT compilation elsewhere) then falls on every peer alike, where one
 * peer's 10 s after another's would give it to one of them alone.
 */
public final class Measure {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Duration warmup;
    private final Duration measure;
    private final int maxSamples;
    private final int warmupOps;

    public Measure(Duration warmup, Duration measure, int maxSamples) {
        this(warmup, measure, maxSamples, 0);
    }

    /**
     * With {@code warmupOps}: a peer's warm-up on a workload whose operations take under
     * {@link #SHORT_OP} goes on past {@code warmup} until it has run that many operations (at most
     * {@link #WARMUP_CAP}). HotSpot compiles a method with C2 after some 10,000 calls, and a write of
     * 300 us (with the reset after it) runs only a few thousand times in 3 s: the code that a write
     * workload alone runs (an ORM's write path) was still in C1's profiling tier, or being compiled
     * beside the measurement, where raw JDBC's (the driver, warm from every read before) was not.
     * Longer operations loop over rows and warm within the time.
     */
    public Measure(Duration warmup, Duration measure, int maxSamples, int warmupOps) {
        this.warmup = warmup;
        this.measure = measure;
        this.maxSamples = maxSamples;
        this.warmupOps = warmupOps;
    }

    /** Operations shorter than this on average get {@code warmupOps} in their warm-up. */
    static final Duration SHORT_OP = Duration.ofMillis(1);

    /** The longest a warm-up that counts operations runs. */
    static final Duration WARMUP_CAP = Duration.ofSeconds(20);

    /**
     * One peer's warm-up on the workload: {@code warmup}, and for short operations {@code warmupOps}
     * operations; the mean time of its operations.
     */
    private long warmUp(Peer peer, Workload w, Connection resets) throws Exception {
        long start = System.nanoTime();
        long[] nanos = new long[maxSamples];
        int ops = loop(peer, w, resets, warmup.toNanos(), nanos, false);
        while (ops < warmupOps && System.nanoTime() - start < WARMUP_CAP.toNanos()
                && mean(nanos, Math.min(ops, nanos.length)) < SHORT_OP.toNanos()) {
            long slice = Math.min(warmup.toNanos(), WARMUP_CAP.toNanos() - (System.nanoTime() - start));
            ops += loop(peer, w, resets, slice, nanos, false);
        }
        return mean(nanos, Math.min(ops, nanos.length));
    }

    /** The mean of the operations' times (the resets between them not counted). */
    private static long mean(long[] nanos, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nanos[i];
        }
        return n == 0 ? Long.MAX_VALUE : sum / n;
    }

    /** Rounds the measured time of a workload is cut into. */
    public static final int ROUNDS = 5;

    /**
     * Rounds for a workload of short operations (under {@link #SHORT_OP}): slices of a fiftieth of the
     * measured time (0.2 s of the full run's 10 s).
     * A commit waits for the disk, whose latency drifts within seconds (checkpoints, WAL segments, other
     * tenants of the VM): with 2 s slices a write's medians moved by 5-10% between runs; slices this short
     * put every peer under the same drift.
     */
    public static final int FINE_ROUNDS = 50;

    /** Every peer on one workload, interleaved: each warms up, then rounds of slices. */
    public List<Stats> runAll(List<Peer> peers, Workload w, Connection resets) throws Exception {
        int p = peers.size();
        long slowest = 0;
        for (Peer peer : peers) {
            slowest = Math.max(slowest, warmUp(peer, w, resets));
        }
        int rounds = slowest < SHORT_OP.toNanos() ? FINE_ROUNDS : ROUNDS;
        long[][] nanos = new long[p][maxSamples];
        int[] n = new int[p];
        long[] bytes = new long[p];
        int perRound = Math.max(5, maxSamples / rounds);
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < p; k++) {
                int i = (k + round) % p;
                long[] slice = new long[Math.min(perRound, maxSamples - n[i])];
                long[] sliceBytes = new long[1];
                int taken = slice.length == 0 ? 0
                        : loop(peers.get(i), w, resets, measure.toNanos() / rounds, slice, true, sliceBytes);
                System.arraycopy(slice, 0, nanos[i], n[i], taken);
                n[i] += taken;
                bytes[i] += sliceBytes[0];
            }
        }
        List<Stats> out = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            out.add(Stats.of(peers.get(i).name(), w.label(), nanos[i], n[i], n[i] == 0 ? 0 : bytes[i] / n[i], 0));
        }
        return out;
    }

    private int loop(Peer peer, Workload w, Connection resets, long budget, long[] nanos, boolean record) throws Exception {
        return loop(peer, w, resets, budget, nanos, record, new long[1]);
    }

    private int loop(Peer peer, Workload w, Connection resets, long budget, long[] nanos, boolean record, long[] bytes)
            throws Exception {
        long thread = Thread.currentThread().getId();
        long end = System.nanoTime() + budget;
        int n = 0;
        while (n < nanos.length && (n < 5 || System.nanoTime() < end)) {
            long arg = w.mutates() ? Resets.before(w, resets) : w.defaultArg();
            long a0 = THREADS.getThreadAllocatedBytes(thread);
            long t0 = System.nanoTime();
            Object result = peer.run(w, arg);
            long t1 = System.nanoTime();
            long a1 = THREADS.getThreadAllocatedBytes(thread);
            if (result == null && w != Workload.DELETE) {
                throw new IllegalStateException(peer.name() + " " + w.label() + " returned nothing");
            }
            if (w.mutates()) {
                Resets.after(w, resets);
            }
            nanos[n++] = t1 - t0;
            bytes[0] += a1 - a0;
        }
        return n;
    }

    /**
     * The concurrency mix for every peer, interleaved as {@link #runAll} does: each warms up, then
     * {@code rounds} rounds give each peer {@code duration / rounds}, the order turning every round.
     */
    public List<Stats> mixAll(List<Peer> peers, int threads, Duration duration, int customers, int rounds) throws Exception {
        int p = peers.size();
        for (Peer peer : peers) {
            mixRun(peer, threads, warmup, customers);
        }
        List<List<long[]>> runs = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            runs.add(new ArrayList<>());
        }
        Duration slice = duration.dividedBy(rounds);
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < p; k++) {
                int i = (k + round) % p;
                runs.get(i).addAll(mixRun(peers.get(i), threads, slice, customers));
            }
        }
        List<Stats> out = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            out.add(mixStats(peers.get(i), threads, runs.get(i), slice.multipliedBy(rounds)));
        }
        return out;
    }

    private static Stats mixStats(Peer peer, int threads, List<long[]> all, Duration measured) {
        int total = 0;
        for (long[] a : all) {
            total += (int) a[0];
        }
        long[] nanos = new long[total];
        int at = 0;
        for (long[] a : all) {
            System.arraycopy(a, 1, nanos, at, (int) a[0]);
            at += (int) a[0];
        }
        return Stats.of(peer.name(), "concurrency-mix-" + threads + "-threads", nanos, total, 0,
                total / (measured.toNanos() / 1e9));
    }

    private static List<long[]> mixRun(Peer peer, int threads, Duration duration, int customers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + duration.toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long[] out = new long[1 << 16];
                    int n = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        int pick = random.nextInt(3);
                        Workload w = pick == 0 ? Workload.BY_ID_ORDERS : pick == 1 ? Workload.BY_ID_ORDERS_PRODUCTS : Workload.PAGE_50;
                        long arg = w == Workload.PAGE_50 ? random.nextInt(Math.max(1, customers - 50)) : 1 + random.nextInt(customers);
                        long t0 = System.nanoTime();
                        peer.run(w, arg);
                        long t1 = System.nanoTime();
                        if (n + 1 >= out.length) {
                            out = java.util.Arrays.copyOf(out, out.length * 2);
                        }
                        out[++n] = t1 - t0;
                    }
                    out[0] = n;
                    return out;
                }));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

}
