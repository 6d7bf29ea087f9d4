package dev.refract.bench;

import dev.refract.bench.typed.BenchDb;
import dev.refract.bench.typed.Customer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The client workloads of {@link Workloads}, written with the typed client the build generates from
 * {@code bench/orm-benchmarks.prisma} ({@code BenchDb}), as application code calls it; shared by
 * {@link ClientBenchmark} and {@link PairedRatios}.
 */
final class TypedWorkloads {
    private static final BigDecimal AMOUNT = new BigDecimal("12.50");

    private TypedWorkloads() {
    }

    static Optional<Customer> findUnique(BenchDb db, int id) {
        return db.customer().findUnique(w -> w.id(id));
    }

    static List<Customer> findMany1000(BenchDb db) {
        return db.customer().findMany(q -> q.orderBy(o -> o.id().asc()));
    }

    /** 100 customers, their orders, the orders' products. */
    static List<Customer> include2Levels(BenchDb db) {
        return db.customer().findMany(q -> q.take(100).orderBy(o -> o.id().asc())
                .include(i -> i.orders(o -> o.include(oi -> oi.products()))));
    }

    static Customer create(BenchDb db, long n) {
        return db.customer().create(d -> d.email("new" + n + "@bench.io").name("New customer").isActive(true));
    }

    static Customer nestedCreate(BenchDb db, long n) {
        return db.customer().create(d -> d.email("nested" + n + "@bench.io").name("Nested")
                .orders(o -> o.create(order -> order.totalAmount(AMOUNT)
                        .products(p -> p.connect(w -> w.id(1)).connect(w -> w.id(2))))));
    }

    static Customer update(BenchDb db, int id, long n) {
        return db.customer().update(w -> w.id(id), d -> d.name("Renamed " + n));
    }
}
