package dev.refract.bench.peers.harness;

import java.util.Arrays;

/** Latencies of one peer on one workload: median, p99 (nanoseconds), allocated bytes per operation, or throughput. */
public record Stats(String peer, String workload, int samples, double medianMicros, double p99Micros, long bytesPerOp,
        double opsPerSecond) {

    public static Stats of(String peer, String workload, long[] nanos, int n, long bytesPerOp, double opsPerSecond) {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return new Stats(peer, workload, n, percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0, bytesPerOp,
                opsPerSecond);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
