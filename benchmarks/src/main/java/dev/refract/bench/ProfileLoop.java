package dev.refract.bench;

/** Runs one client workload in a loop for a profiler: {@code ProfileLoop <findUnique|findMany|include> <seconds>}. */
public final class ProfileLoop {
    private ProfileLoop() {
    }

    public static void main(String[] args) throws Exception {
        long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        try (BenchDatabase db = BenchDatabase.open()) {
            int id = 0;
            long n = 0;
            while (System.nanoTime() < end) {
                id = id % BenchDatabase.CUSTOMERS + 1;
                switch (args[0]) {
                    case "findUnique" -> db.client.execute("Customer", "findUnique", Workloads.findUnique(id));
                    case "findMany" -> db.client.execute("Customer", "findMany", Workloads.findMany1000());
                    default -> db.client.execute("Customer", "findMany", Workloads.include2Levels());
                }
                n++;
            }
            System.out.println(n + " operations");
        }
    }
}
