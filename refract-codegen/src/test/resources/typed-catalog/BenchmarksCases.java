package demo;

import dev.refract.client.RefractClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import refract.db.*;

/** The benchmarks catalog (prisma/orm-benchmarks' queries) written with the typed API, keyed by case name. */
public class BenchmarksCases implements Function<RefractClient, Map<String, Supplier<Object>>> {
    private final Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
    private Db db;

    private void c(String name, Supplier<Object> call) {
        if (cases.put(name, call) != null) {
            throw new IllegalStateException("two calls for " + name);
        }
    }

    private static final Instant MAY = Instant.parse("2024-05-01T00:00:00.000Z");

    /** createMany, updateMany and deleteMany return the count Prisma wraps in {@code {count}}. */
    private static Map<String, Object> count(long n) {
        return Map.of("count", n);
    }

    @Override
    public Map<String, Supplier<Object>> apply(RefractClient runtime) {
        db = Db.of(runtime);
        c("findMany", () -> db.customer().findMany());
        c("findMany-filter-paginate-order", () -> db.customer().findMany(q -> q.where(w -> w.isActive(true)).orderBy(o -> o.createdAt().desc()).skip(0).take(10)));
        c("findMany-1-level-nesting", () -> db.customer().findMany(q -> q.include(i -> i.orders())));
        c("findFirst", () -> db.customer().findFirst(q -> { }));
        c("findFirst-1-level-nesting", () -> db.customer().findFirst(q -> q.include(i -> i.orders())));
        c("findUnique", () -> db.customer().findUnique(w -> w.id(1)));
        c("findUnique-1-level-nesting", () -> db.customer().findUnique(w -> w.id(1), s -> s.include(i -> i.orders())));
        c("create", () -> db.customer().create(d -> d.name("John Doe").email("2024-06-01T00:00:00.000Z@example.com")));
        c("nested-create", () -> db.customer().create(d -> d.name("John Doe").email("john.doe@example.com").orders(o -> o.create(x -> x
                .date(Instant.parse("2024-06-01T12:00:00.000Z")).totalAmount(100.5).products(p -> p.connect(w -> w.id(1)).connect(w -> w.id(2)))))));
        c("update", () -> db.customer().update(w -> w.id(1), d -> d.name("John Doe Updated")));
        c("nested-update", () -> db.customer().update(w -> w.id(1), d -> d.name("John Doe Updated").address(a -> a.update(x -> x.street("456 New St")))));
        c("upsert", () -> db.customer().upsert(w -> w.id(1), cr -> cr.name("John Doe").email("john.doe@example.com"), u -> u.name("John Doe Upserted")));
        c("nested-upsert", () -> db.customer().upsert(w -> w.id(1), cr -> cr.name("John Doe").email("john.doe@example.com")
                .address(a -> a.create(x -> x.street("123 Main St").city("Anytown").postalCode("12345").country("Country"))),
                u -> u.name("John Doe Upserted").address(a -> a.update(x -> x.street("456 New St")))));
        c("delete", () -> db.customer().delete(w -> w.id(1)));
        c("nested-upsert-creates", () -> db.customer().upsert(w -> w.id(99), cr -> cr.name("John Doe").email("john.doe@example.com")
                .address(a -> a.create(x -> x.street("123 Main St").city("Anytown").postalCode("12345").country("Country"))),
                u -> u.name("x"), s -> s.include(i -> i.address())));
        c("include-products-of-orders", () -> db.customer().findMany(q -> q.where(w -> w.orders().some(o -> { })).orderBy(o -> o.id().asc())
                .include(i -> i.address().orders(o -> o.include(x -> x.products(p -> p.orderBy(y -> y.price().desc())))))));
        c("products-with-orders-count", () -> db.product().findMany(q -> q.orderBy(o -> o.id().asc()).include(i -> i._count(n -> n.orders()))));
        c("orders-without-products-filter", () -> db.order().findMany(q -> q.where(w -> w.products().every(p -> p.price().lt(50.0))).orderBy(o -> o.id().asc())
                .select(s -> s.id().totalAmount())));
        c("customer-address-is-null", () -> db.customer().findMany(q -> q.where(w -> w.address().isNull()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("delete-cascades-address-and-orders", () -> db.transaction(db.customer().deleteOp(w -> w.id(4)), db.address().countOp(q -> { }),
                db.order().findManyOp(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id()))));
        c("nested-update-address-missing", () -> db.customer().update(w -> w.id(3), d -> d.address(a -> a.update(x -> x.street("none")))));
        c("aggregate-order-sum", () -> db.order().aggregate(a -> a._sum(f -> f.totalAmount())));
        c("groupBy-order-customer", () -> db.order().groupBy(g -> g.by(OrderField.customerId)._sum(f -> f.totalAmount())._count(f -> f._all())
                .orderBy(o -> o.customerId().asc())));
        c("updateMany-activate", () -> count(db.customer().updateMany(w -> w.isActive(false), d -> d.isActive(true))));
        c("deleteMany-inactive", () -> count(db.customer().deleteMany(w -> w.isActive(false))));
        c("createMany-customers", () -> count(db.customer().createMany(m -> m.row(d -> d.name("Customer 0").email("customer0@example.com").createdAt(MAY))
                .row(d -> d.name("Customer 1").email("customer1@example.com").createdAt(MAY)))));
        c("createManyAndReturn-customers", () -> db.customer().createManyAndReturn(m -> m.row(d -> d.name("Customer 0").email("customer0@example.com").createdAt(MAY))
                .row(d -> d.name("Customer 1").email("customer1@example.com").createdAt(MAY))));
        return cases;
    }
}
