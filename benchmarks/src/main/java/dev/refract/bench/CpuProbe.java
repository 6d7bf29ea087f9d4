package dev.refract.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;

/**
 * CPU time per operation in this thread (the client's own cost, which a loaded machine's wall-clock
 * figures hide): {@code java -cp benchmarks.jar dev.refract.bench.CpuProbe [iterations [name regex]]}.
 */
public final class CpuProbe {
    private CpuProbe() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (BenchDatabase db = BenchDatabase.open()) {
            RawJdbc jdbc = new RawJdbc(db.pool);
            int[] next = {0};
            Callable<Object> id = () -> next[0] = next[0] % BenchDatabase.CUSTOMERS + 1;
            Object[][] work = {
                {"findUnique_jdbc", (Callable<Object>) () -> jdbc.findUnique((Integer) id.call())},
                {"findUnique_refract", (Callable<Object>) () -> db.client.execute("Customer", "findUnique", Workloads.findUnique((Integer) id.call()))},
                {"findMany1000_jdbc", (Callable<Object>) jdbc::findMany},
                {"findMany1000_refract", (Callable<Object>) () -> db.client.execute("Customer", "findMany", Workloads.findMany1000())},
                {"include2Levels_jdbc", (Callable<Object>) () -> jdbc.include2Levels(100)},
                {"include2Levels_refract", (Callable<Object>) () -> db.client.execute("Customer", "findMany", Workloads.include2Levels())},
            };
            for (int round = 0; round < 3; round++) {
                for (Object[] w : work) {
                    if (args.length > 1 && !w[0].toString().matches(args[1])) {
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Callable<Object> op = (Callable<Object>) w[1];
                    int iterations = w[0].toString().startsWith("findUnique") ? n : n / 20;
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    for (int i = 0; i < iterations; i++) {
                        op.call();
                    }
                    long cpu = (mx.getCurrentThreadCpuTime() - cpu0) / iterations;
                    long wall = (System.nanoTime() - wall0) / iterations;
                    if (round == 2) {
                        System.out.printf("%-24s cpu %8.1f us   wall %8.1f us%n", w[0], cpu / 1000.0, wall / 1000.0);
                    }
                }
            }
        }
    }
}
