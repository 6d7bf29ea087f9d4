package dev.refract.bench.peers.refract;

import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.bench.peers.typed.movies.MoviesDb;
import dev.refract.bench.peers.typed.orm.OrmDb;
import dev.refract.client.Sql;
import java.time.Instant;

/**
 * Refract through the typed client the build generates from the suite's schemas ({@code OrmDb},
 * {@code MoviesDb}; refract-maven-plugin at generate-sources), written as a Java developer writes it:
 * lambdas for where/orderBy/include, nested writes on the related model's builders, records back.
 * Each facade wraps its own runtime client on the suite's pool.
 */
public final class RefractTypedPeer implements Peer {
    private final OrmDb orm;
    private final MoviesDb movies;

    public RefractTypedPeer(OrmDb orm, MoviesDb movies) {
        this.orm = orm;
        this.movies = movies;
    }

    @Override
    public String name() {
        return "refract-typed";
    }

    @Override
    public boolean supports(Workload workload) {
        return true;
    }

    @Override
    public Object run(Workload w, long arg) {
        int id = (int) arg;
        switch (w) {
            case SELECT_1:
                return ((Number) orm.queryRaw(Sql.of("SELECT 1 AS one")).get(0).get("one")).intValue();
            case FIND_MANY:
                return orm.customer().findMany();
            case FIND_MANY_FILTER_PAGINATE_ORDER:
                return orm.customer().findMany(q -> q.where(c -> c.isActive(true)).orderBy(o -> o.createdAt().desc())
                        .skip(0).take(10));
            case FIND_MANY_INCLUDE:
                return orm.customer().findMany(q -> q.include(i -> i.orders()));
            case FIND_FIRST:
                return orm.customer().findFirstOrThrow(q -> { });
            case FIND_FIRST_INCLUDE:
                return orm.customer().findFirstOrThrow(q -> q.include(i -> i.orders()));
            case FIND_UNIQUE:
                return orm.customer().findUniqueOrThrow(c -> c.id(id));
            case FIND_UNIQUE_INCLUDE:
            case BY_ID_ORDERS:
                return orm.customer().findUniqueOrThrow(c -> c.id(id), s -> s.include(i -> i.orders()));
            case BY_ID_ORDERS_PRODUCTS:
                return orm.customer().findUniqueOrThrow(c -> c.id(id),
                        s -> s.include(i -> i.orders(o -> o.include(oi -> oi.products()))));
            case PAGE_50:
                return orm.customer().findMany(q -> q.orderBy(o -> o.id().asc()).skip(id).take(50));
            case CREATE:
                return orm.customer().create(d -> d.name("John Doe").email("john.doe@example.com"));
            case NESTED_CREATE:
                return orm.customer().create(d -> d.name("John Doe").email("john.doe@example.com").isActive(false)
                        .orders(o -> o.create(order -> order.date(Instant.now()).totalAmount(100.5)
                                .products(p -> p.connect(pw -> pw.id(1)).connect(pw -> pw.id(2))))));
            case UPDATE:
                return orm.customer().update(c -> c.id(1), d -> d.name("John Doe Updated"));
            case NESTED_UPDATE:
                return orm.customer().update(c -> c.id(1), d -> d.name("John Doe Updated")
                        .address(a -> a.update(u -> u.street("456 New St"))));
            case UPSERT:
                return orm.customer().upsert(c -> c.id(1), d -> d.name("John Doe").email("john.doe@example.com"),
                        u -> u.name("John Doe Upserted"));
            case NESTED_UPSERT:
                return orm.customer().upsert(c -> c.id(1),
                        d -> d.name("John Doe").email("john.doe@example.com").address(a -> a.create(ad -> ad.street("456 New St")
                                .city("Anytown").postalCode("12345").country("Country"))),
                        u -> u.name("John Doe Upserted").address(a -> a.update(ad -> ad.street("456 New St"))));
            case DELETE:
                return orm.customer().delete(c -> c.id(id));
            case MOVIES_25K:
                return movies.movie().findMany(q -> q.where(m -> m.id().lte(25_000)));
            case MOVIES_TAKE_2000:
                return movies.movie().findMany(q -> q.take(2000));
            case MOVIES_TAKE_2000_FILTERED:
                return movies.movie().findMany(q -> q.where(m -> m.genre("Drama").year().gte(1990)).take(2000));
            case MOVIES_TAKE_2000_CAST:
                return movies.movie().findMany(q -> q.take(2000).include(i -> i.cast()));
            case STUDIOS_3_LEVEL:
                return movies.studio().findMany(q -> q.where(s -> s.id().lte(5))
                        .include(i -> i.movies(m -> m.include(mi -> mi.reviews()))));
            case MOVIES_SOME:
                return movies.movie().findMany(q -> q.where(m -> m.reviews().some(r -> r.stars(5))).take(2000));
            case MOVIES_NONE:
                return movies.movie().findMany(q -> q.where(m -> m.reviews().none(r -> { })).take(2000));
            case MOVIES_ORDER_TAKE_50:
                return movies.movie().findMany(q -> q.orderBy(o -> o.rating().desc().id().asc()).take(50));
            default:
                throw new IllegalArgumentException(w.name());
        }
    }

    @Override
    public Object rows(Workload w, Object result) {
        if (w == Workload.SELECT_1) {
            return result; // the number itself, as every peer returns it
        }
        return TypedRows.of(result);
    }

    @Override
    public void close() {
        orm.runtime().close();
        movies.runtime().close();
    }
}
