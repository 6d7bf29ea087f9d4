package dev.refract.bench.peers.refract;

import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.client.RefractClient;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The dynamic Refract peer with {@code relationLoadStrategy: "join"} named on every include (one statement
 * per read, related records aggregated into JSON), whatever the planner would pick: the include workloads
 * only, as "prisma-joins" for Prisma. The mix's page of customers (no include) runs as the plain peer's.
 */
public final class RefractJoinPeer implements Peer {
    /** The workloads with an include (the same set as Prisma's relationJoins run). */
    public static final Set<Workload> INCLUDES = EnumSet.of(Workload.FIND_MANY_INCLUDE, Workload.FIND_FIRST_INCLUDE,
            Workload.FIND_UNIQUE_INCLUDE, Workload.BY_ID_ORDERS, Workload.BY_ID_ORDERS_PRODUCTS,
            Workload.MOVIES_TAKE_2000_CAST, Workload.STUDIOS_3_LEVEL);
    private static final String STRATEGY = "relationLoadStrategy";
    private static final Map<String, Object> INCLUDE_ORDERS = Map.of("include", Map.of("orders", true), STRATEGY, "join");

    private final RefractClient orm;
    private final RefractClient movies;
    private final RefractPeer plain;

    public RefractJoinPeer(RefractClient orm, RefractClient movies) {
        this.orm = orm;
        this.movies = movies;
        this.plain = new RefractPeer(orm, movies);
    }

    @Override
    public String name() {
        return "refract-join";
    }

    @Override
    public boolean supports(Workload workload) {
        return INCLUDES.contains(workload);
    }

    @Override
    public Object run(Workload w, long arg) {
        switch (w) {
            case FIND_MANY_INCLUDE:
                return orm.execute("Customer", "findMany", INCLUDE_ORDERS);
            case FIND_FIRST_INCLUDE:
                return orm.execute("Customer", "findFirst", INCLUDE_ORDERS);
            case FIND_UNIQUE_INCLUDE:
            case BY_ID_ORDERS:
                return orm.execute("Customer", "findUnique", Map.of("where", Map.of("id", (int) arg),
                        "include", Map.of("orders", true), STRATEGY, "join"));
            case BY_ID_ORDERS_PRODUCTS:
                return orm.execute("Customer", "findUnique", Map.of("where", Map.of("id", (int) arg),
                        "include", Map.of("orders", Map.of("include", Map.of("products", true))), STRATEGY, "join"));
            case MOVIES_TAKE_2000_CAST:
                return movies.execute("Movie", "findMany", Map.of("take", 2000, "include", Map.of("cast", true), STRATEGY, "join"));
            case STUDIOS_3_LEVEL:
                return movies.execute("Studio", "findMany", Map.of("where", Map.of("id", Map.of("lte", 5)),
                        "include", Map.of("movies", Map.of("include", Map.of("reviews", true))), STRATEGY, "join"));
            case PAGE_50:
                // the concurrency mix's page: nothing to join
                return plain.run(w, arg);
            default:
                throw new IllegalArgumentException(w.name());
        }
    }

    @Override
    public Object rows(Workload w, Object result) {
        return RefractPeer.convert(w, result);
    }
}
