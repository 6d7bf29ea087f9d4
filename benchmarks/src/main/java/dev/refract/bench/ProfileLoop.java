package dev.refract.bench;

/** Runs one client workload in a loop for a profiler: {@code ProfileLoop <findUnique|findUniqueModel|findUniqueTyped|createTyped|nestedCreateTyped|findMany|include|create|update> <seconds>}. */
public final class ProfileLoop {
    private ProfileLoop() {
    }

    public static void main(String[] args) throws Exception {
        long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        try (BenchDatabase db = BenchDatabase.open()) {
            dev.refract.schema.model.Model customer = db.schema.model("Customer").orElseThrow();
            dev.refract.schema.model.ScalarField idField = customer.scalarField("id").orElseThrow();
            int id = 0;
            long n = 0;
            while (System.nanoTime() < end) {
                id = id % BenchDatabase.CUSTOMERS + 1;
                switch (args[0]) {
                    case "findUnique" -> db.client.execute("Customer", "findUnique", Workloads.findUnique(id));
                    case "findUniqueModel" -> db.client.findUnique(new dev.refract.client.query.ReadQuery(customer,
                            new dev.refract.client.query.Filter.ScalarFilter(idField, dev.refract.client.query.ScalarOp.EQUALS, id, false),
                            java.util.List.of(), java.util.Map.of(), null, null, java.util.List.of(),
                            dev.refract.client.query.Selection.scalarsOf(customer)));
                    case "findUniqueTyped" -> TypedWorkloads.findUnique(db.typed, id);
                    case "nestedCreateTyped" -> TypedWorkloads.nestedCreate(db.typed, n);
                    case "createTyped" -> TypedWorkloads.create(db.typed, n);
                    case "create" -> db.client.execute("Customer", "create", Workloads.create(n));
                    case "update" -> db.client.execute("Customer", "update", Workloads.update(id, n));
                    case "findMany" -> db.client.execute("Customer", "findMany", Workloads.findMany1000());
                    default -> db.client.execute("Customer", "findMany", Workloads.include2Levels());
                }
                n++;
            }
            System.out.println(n + " operations");
            db.resetWrites();
        }
    }
}
