package dev.refract.bench;

import dev.refract.bench.typed.BenchDb;
import dev.refract.client.RefractClient;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.ScalarOp;
import dev.refract.client.query.Selection;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Ratios to raw JDBC that survive a busy machine: raw JDBC and Refract run alternately in short
 * batches, each pair of batches gives one ratio (so both sides see the same load), and the median
 * and interquartile range of those ratios are reported, with this thread's CPU time per operation
 * (the client's own cost). Refract runs as the dynamic entry point, a hand-built query model, and the
 * generated typed client (rows "(typed)"). {@code java -cp benchmarks.jar dev.refract.bench.PairedRatios [rounds [workload regex]]}
 * (bin/bench --paired). JMH's {@link ClientBenchmark} gives the absolute figures.
 */
public final class PairedRatios {
    private PairedRatios() {
    }

    private record Workload(String name, int batch, Callable<Object> jdbc, Callable<Object> refract) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(args.length > 1 ? args[1] : ".*");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (BenchDatabase db = BenchDatabase.open()) {
            RawJdbc jdbc = new RawJdbc(db.pool);
            RefractClient client = db.client;
            BenchDb typed = db.typed;
            Model customer = db.schema.model("Customer").orElseThrow();
            ScalarField id = customer.scalarField("id").orElseThrow();
            int[] next = {0};
            long[] serial = {System.nanoTime()};
            Callable<Integer> nextId = () -> next[0] = next[0] % BenchDatabase.CUSTOMERS + 1;
            List<Workload> workloads = List.of(
                    new Workload("findUnique (dynamic)", 200, () -> jdbc.findUnique(nextId.call()),
                            () -> client.execute("Customer", "findUnique", Workloads.findUnique(nextId.call()))),
                    new Workload("findUnique (query model)", 200, () -> jdbc.findUnique(nextId.call()),
                            () -> client.findUnique(new ReadQuery(customer, new Filter.ScalarFilter(id, ScalarOp.EQUALS,
                                    nextId.call(), false), List.of(), Map.of(), null, null, List.of(), Selection.scalarsOf(customer)))),
                    new Workload("findUnique (typed)", 200, () -> jdbc.findUnique(nextId.call()),
                            () -> TypedWorkloads.findUnique(typed, nextId.call())),
                    new Workload("findMany 1000 rows", 10, jdbc::findMany,
                            () -> client.execute("Customer", "findMany", Workloads.findMany1000())),
                    new Workload("findMany 1000 rows (typed)", 10, jdbc::findMany, () -> TypedWorkloads.findMany1000(typed)),
                    new Workload("findMany, include 2 levels", 3, () -> jdbc.include2Levels(100),
                            () -> client.execute("Customer", "findMany", Workloads.include2Levels())),
                    new Workload("findMany, include 2 levels (typed)", 3, () -> jdbc.include2Levels(100),
                            () -> TypedWorkloads.include2Levels(typed)),
                    new Workload("create", 50, () -> jdbc.create(serial[0]++),
                            () -> client.execute("Customer", "create", Workloads.create(serial[0]++))),
                    new Workload("create (typed)", 50, () -> jdbc.create(serial[0]++), () -> TypedWorkloads.create(typed, serial[0]++)),
                    new Workload("nested create", 20, () -> jdbc.nestedCreate(serial[0]++),
                            () -> client.execute("Customer", "create", Workloads.nestedCreate(serial[0]++))),
                    new Workload("nested create (typed)", 20, () -> jdbc.nestedCreate(serial[0]++),
                            () -> TypedWorkloads.nestedCreate(typed, serial[0]++)),
                    new Workload("update", 50, () -> jdbc.update(nextId.call(), serial[0]++),
                            () -> client.execute("Customer", "update", Workloads.update(nextId.call(), serial[0]++))),
                    new Workload("update (typed)", 50, () -> jdbc.update(nextId.call(), serial[0]++),
                            () -> TypedWorkloads.update(typed, nextId.call(), serial[0]++)));
            System.out.println("| workload | raw JDBC median (µs/op) | Refract median (µs/op) | ratio: median [IQR] | client CPU, JDBC / Refract (µs/op) | allocated, JDBC / Refract (bytes/op) |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
            for (Workload w : workloads) {
                if (!only.matcher(w.name()).find()) {
                    continue;
                }
                for (int i = 0; i < 5; i++) {
                    // warm-up
                    run(w.jdbc(), w.batch(), mx);
                    run(w.refract(), w.batch(), mx);
                }
                double[] ratios = new double[rounds];
                double[] jdbcWall = new double[rounds];
                double[] refractWall = new double[rounds];
                double jdbcCpu = 0;
                double jdbcBytes = 0;
                double refractBytes = 0;
                double refractCpu = 0;
                for (int r = 0; r < rounds; r++) {
                    boolean jdbcFirst = r % 2 == 0;
                    long[] a = jdbcFirst ? run(w.jdbc(), w.batch(), mx) : null;
                    long[] b = run(w.refract(), w.batch(), mx);
                    if (!jdbcFirst) {
                        a = run(w.jdbc(), w.batch(), mx);
                    }
                    jdbcWall[r] = a[0] / 1000.0 / w.batch();
                    refractWall[r] = b[0] / 1000.0 / w.batch();
                    ratios[r] = refractWall[r] / jdbcWall[r];
                    jdbcCpu += a[1] / 1000.0 / w.batch() / rounds;
                    jdbcBytes += (double) a[2] / w.batch() / rounds;
                    refractBytes += (double) b[2] / w.batch() / rounds;
                    refractCpu += b[1] / 1000.0 / w.batch() / rounds;
                }
                db.resetWrites();
                Arrays.sort(ratios);
                System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f [%.2f-%.2f] | %.1f / %.1f | %.0f / %.0f |", w.name(),
                        median(jdbcWall), median(refractWall), ratios[rounds / 2], ratios[rounds / 4], ratios[rounds * 3 / 4],
                        jdbcCpu, refractCpu, jdbcBytes, refractBytes));
            }
        }
    }

    /** Wall and CPU nanoseconds and allocated bytes of {@code n} operations. */
    private static long[] run(Callable<Object> op, int n, ThreadMXBean mx) throws Exception {
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long bytes = alloc.getCurrentThreadAllocatedBytes();
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        List<Object> sink = new ArrayList<>(1);
        for (int i = 0; i < n; i++) {
            sink.add(op.call());
            sink.clear();
        }
        long[] spent = {System.nanoTime() - wall, mx.getCurrentThreadCpuTime() - cpu, 0};
        spent[2] = alloc.getCurrentThreadAllocatedBytes() - bytes;
        return spent;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
