package dev.refract.bench;

import dev.refract.client.RefractClient;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two relation-load strategies against the number of parent rows, on the orm-benchmarks model
 * as Prisma's migrations create it (PostgreSQL): customers with their orders (Order.customerId has no
 * index: "join" scans orders once per customer) and orders with their products (the implicit join
 * table is indexed). The planner's thresholds in {@code StrategyChooser} come from these figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class RelationStrategyBenchmark {
    @Param({"1", "10", "100", "1000"})
    public int parents;

    @Param({"join", "query"})
    public String strategy;

    private BenchDatabase db;
    private RefractClient client;

    @Setup
    public void open() throws IOException, SQLException {
        db = BenchDatabase.open();
        client = db.client;
    }

    @TearDown
    public void close() {
        db.close();
    }

    @Benchmark
    public Object customersWithOrders() {
        return client.execute("Customer", "findMany", Workloads.m("take", parents, "orderBy", Workloads.m("id", "asc"),
                "include", Workloads.m("orders", true), "relationLoadStrategy", strategy));
    }

    @Benchmark
    public Object ordersWithProducts() {
        return client.execute("Order", "findMany", Workloads.m("take", parents, "orderBy", Workloads.m("id", "asc"),
                "include", Workloads.m("products", true), "relationLoadStrategy", strategy));
    }
}
