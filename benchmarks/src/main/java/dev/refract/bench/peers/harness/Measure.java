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
 */
public final class Measure {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Duration warmup;
    private final Duration measure;
    private final int maxSamples;

    public Measure(Duration warmup, Duration measure, int maxSamples) {
        this.warmup = warmup;
        this.measure = measure;
        this.maxSamples = maxSamples;
    }

    public Stats run(Peer peer, Workload w, Connection resets) throws Exception {
        loop(peer, w, resets, warmup.toNanos(), new long[maxSamples], false);
        long[] nanos = new long[maxSamples];
        long[] bytes = new long[1];
        int n = loop(peer, w, resets, measure.toNanos(), nanos, true, bytes);
        return Stats.of(peer.name(), w.label(), nanos, n, n == 0 ? 0 : bytes[0] / n, 0);
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

    /** The concurrency mix: {@code threads} threads for {@code duration} after a warm-up, ops/s and per-op latency. */
    public Stats mix(Peer peer, int threads, Duration duration, int customers) throws Exception {
        mixRun(peer, threads, warmup, customers);
        List<long[]> all = mixRun(peer, threads, duration, customers);
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
                total / (duration.toNanos() / 1e9));
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
