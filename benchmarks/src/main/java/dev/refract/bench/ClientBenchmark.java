package dev.refract.bench;

import dev.refract.bench.typed.BenchDb;
import dev.refract.client.RefractClient;
import dev.refract.client.query.Filter;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.ScalarOp;
import dev.refract.client.query.Selection;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's client workloads on the orm-benchmarks model ({@link BenchDatabase}, PostgreSQL), each as
 * {@code <workload>_jdbc} (hand-written JDBC, {@link RawJdbc}), {@code <workload>_refract} (the dynamic
 * entry point, Prisma-shaped arguments), {@code <workload>_typed} (the generated typed client,
 * {@link TypedWorkloads}) and, for reads, {@code <workload>_queryModel} (a query-model value built per
 * call by hand), all on one HikariCP pool. Writes add rows
 * that are removed after each iteration, outside the timed region. {@code Ratios} turns the results
 * into the README's table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ClientBenchmark {
    private BenchDatabase db;
    private RefractClient client;
    private BenchDb typed;
    private RawJdbc jdbc;
    private Model customer;
    private ScalarField id;
    private ReadQuery all;
    private int next;
    private long serial = System.nanoTime();

    @Setup
    public void open() throws IOException, SQLException {
        db = BenchDatabase.open();
        client = db.client;
        typed = db.typed;
        jdbc = new RawJdbc(db.pool);
        customer = db.schema.model("Customer").orElseThrow();
        id = customer.scalarField("id").orElseThrow();
        all = new ReadQuery(customer, Filter.ALL, List.of(OrderBy.asc(id)), Map.of(), null, null, List.of(),
                Selection.scalarsOf(customer));
    }

    @TearDown(Level.Iteration)
    public void resetWrites() throws SQLException {
        db.resetWrites();
    }

    @TearDown
    public void close() {
        db.close();
    }

    private int nextId() {
        next = next % BenchDatabase.CUSTOMERS + 1;
        return next;
    }

    @Benchmark
    public Object findUnique_jdbc() throws SQLException {
        return jdbc.findUnique(nextId());
    }

    @Benchmark
    public Object findUnique_refract() {
        return client.execute("Customer", "findUnique", Workloads.findUnique(nextId()));
    }

    @Benchmark
    public Object findUnique_queryModel() {
        Filter where = new Filter.ScalarFilter(id, ScalarOp.EQUALS, nextId(), false);
        return client.findUnique(new ReadQuery(customer, where, List.of(), Map.of(), null, null, List.of(),
                Selection.scalarsOf(customer)));
    }

    @Benchmark
    public Object findUnique_typed() {
        return TypedWorkloads.findUnique(typed, nextId());
    }

    @Benchmark
    public Object findMany1000_jdbc() throws SQLException {
        return jdbc.findMany();
    }

    @Benchmark
    public Object findMany1000_refract() {
        return client.execute("Customer", "findMany", Workloads.findMany1000());
    }

    @Benchmark
    public Object findMany1000_queryModel() {
        return client.findMany(all);
    }

    @Benchmark
    public Object findMany1000_typed() {
        return TypedWorkloads.findMany1000(typed);
    }

    @Benchmark
    public Object include2Levels_jdbc() throws SQLException {
        return jdbc.include2Levels(100);
    }

    @Benchmark
    public Object include2Levels_refract() {
        return client.execute("Customer", "findMany", Workloads.include2Levels());
    }

    @Benchmark
    public Object include2Levels_typed() {
        return TypedWorkloads.include2Levels(typed);
    }

    @Benchmark
    public Object create_jdbc() throws SQLException {
        return jdbc.create(serial++);
    }

    @Benchmark
    public Object create_refract() {
        return client.execute("Customer", "create", Workloads.create(serial++));
    }

    @Benchmark
    public Object create_typed() {
        return TypedWorkloads.create(typed, serial++);
    }

    @Benchmark
    public Object nestedCreate_jdbc() throws SQLException {
        return jdbc.nestedCreate(serial++);
    }

    @Benchmark
    public Object nestedCreate_refract() {
        return client.execute("Customer", "create", Workloads.nestedCreate(serial++));
    }

    @Benchmark
    public Object nestedCreate_typed() {
        return TypedWorkloads.nestedCreate(typed, serial++);
    }

    @Benchmark
    public Object update_jdbc() throws SQLException {
        return jdbc.update(nextId(), serial++);
    }

    @Benchmark
    public Object update_refract() {
        return client.execute("Customer", "update", Workloads.update(nextId(), serial++));
    }

    @Benchmark
    public Object update_typed() {
        return TypedWorkloads.update(typed, nextId(), serial++);
    }
}
