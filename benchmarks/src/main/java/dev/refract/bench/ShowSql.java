package dev.refract.bench;

import dev.refract.client.RefractClient;

/** Prints the statements Refract sends for each client workload (the raw JDBC peers send the same). */
public final class ShowSql {
    private ShowSql() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.open()) {
            RefractClient client = RefractClient.builder(db.schema, db.pool::getConnection)
                    .statementListener((sql, params, d) -> System.out.println("  " + sql + "  " + params)).build();
            System.out.println("findUnique");
            client.execute("Customer", "findUnique", Workloads.findUnique(7));
            System.out.println("findMany 1000");
            client.execute("Customer", "findMany", Workloads.findMany1000());
            System.out.println("include 2 levels");
            client.execute("Customer", "findMany", Workloads.include2Levels());
            System.out.println("findUnique include orders, products");
            client.execute("Customer", "findUnique", java.util.Map.of("where", java.util.Map.of("id", 7),
                    "include", java.util.Map.of("orders", java.util.Map.of("include", java.util.Map.of("products", true)))));
            System.out.println("findFirst include orders");
            client.execute("Customer", "findFirst", java.util.Map.of("include", java.util.Map.of("orders", true)));
            System.out.println("create");
            client.execute("Customer", "create", Workloads.create(1));
            System.out.println("nested create");
            client.execute("Customer", "create", Workloads.nestedCreate(1));
            System.out.println("update");
            client.execute("Customer", "update", Workloads.update(7, 1));
            db.resetWrites();
        }
    }
}
