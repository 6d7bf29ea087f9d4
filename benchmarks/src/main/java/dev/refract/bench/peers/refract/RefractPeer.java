package dev.refract.bench.peers.refract;

import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.bench.peers.model.Rows.Actor;
import dev.refract.bench.peers.model.Rows.Customer;
import dev.refract.bench.peers.model.Rows.Movie;
import dev.refract.bench.peers.model.Rows.Order;
import dev.refract.bench.peers.model.Rows.Product;
import dev.refract.bench.peers.model.Rows.Review;
import dev.refract.bench.peers.model.Rows.Studio;
import dev.refract.client.RefractClient;
import dev.refract.client.Sql;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refract through its dynamic entry point, {@code client.execute(model, action, args)} with Prisma's
 * arguments, the same calls as the orm-benchmarks' Prisma script. Two clients (one per dataset), both
 * on the suite's HikariCP pool.
 */
public final class RefractPeer implements Peer {
    private static final Map<String, Object> INCLUDE_ORDERS = Map.of("include", Map.of("orders", true));

    private final RefractClient orm;
    private final RefractClient movies;

    public RefractPeer(RefractClient orm, RefractClient movies) {
        this.orm = orm;
        this.movies = movies;
    }

    @Override
    public String name() {
        return "refract";
    }

    @Override
    public boolean supports(Workload workload) {
        return true;
    }

    @Override
    public Object run(Workload w, long arg) {
        switch (w) {
            case SELECT_1:
                return ((Number) orm.queryRaw(Sql.of("SELECT 1 AS one")).get(0).get("one")).intValue();
            case FIND_MANY:
                return orm.execute("Customer", "findMany", Map.of());
            case FIND_MANY_FILTER_PAGINATE_ORDER:
                return orm.execute("Customer", "findMany", Map.of("where", Map.of("isActive", true),
                        "orderBy", Map.of("createdAt", "desc"), "skip", 0, "take", 10));
            case FIND_MANY_INCLUDE:
                return orm.execute("Customer", "findMany", INCLUDE_ORDERS);
            case FIND_FIRST:
                return orm.execute("Customer", "findFirst", Map.of());
            case FIND_FIRST_INCLUDE:
                return orm.execute("Customer", "findFirst", INCLUDE_ORDERS);
            case FIND_UNIQUE:
                return orm.execute("Customer", "findUnique", Map.of("where", Map.of("id", (int) arg)));
            case FIND_UNIQUE_INCLUDE:
            case BY_ID_ORDERS:
                return orm.execute("Customer", "findUnique", Map.of("where", Map.of("id", (int) arg), "include", Map.of("orders", true)));
            case BY_ID_ORDERS_PRODUCTS:
                return orm.execute("Customer", "findUnique", Map.of("where", Map.of("id", (int) arg),
                        "include", Map.of("orders", Map.of("include", Map.of("products", true)))));
            case PAGE_50:
                return orm.execute("Customer", "findMany", Map.of("orderBy", Map.of("id", "asc"), "skip", (int) arg, "take", 50));
            case CREATE:
                return orm.execute("Customer", "create", Map.of("data", Map.of("name", "John Doe", "email", "john.doe@example.com")));
            case NESTED_CREATE:
                return orm.execute("Customer", "create", Map.of("data", Map.of("name", "John Doe", "email", "john.doe@example.com",
                        "isActive", false, "orders", Map.of("create", Map.of("date", Instant.now(), "totalAmount", 100.5,
                                "products", Map.of("connect", List.of(Map.of("id", 1), Map.of("id", 2))))))));
            case UPDATE:
                return orm.execute("Customer", "update", Map.of("where", Map.of("id", 1), "data", Map.of("name", "John Doe Updated")));
            case NESTED_UPDATE:
                return orm.execute("Customer", "update", Map.of("where", Map.of("id", 1), "data", Map.of("name", "John Doe Updated",
                        "address", Map.of("update", Map.of("street", "456 New St")))));
            case UPSERT:
                return orm.execute("Customer", "upsert", Map.of("where", Map.of("id", 1), "update", Map.of("name", "John Doe Upserted"),
                        "create", Map.of("name", "John Doe", "email", "john.doe@example.com")));
            case NESTED_UPSERT:
                return orm.execute("Customer", "upsert", Map.of("where", Map.of("id", 1),
                        "update", Map.of("name", "John Doe Upserted", "address", Map.of("update", Map.of("street", "456 New St"))),
                        "create", Map.of("name", "John Doe", "email", "john.doe@example.com", "address", Map.of("create",
                                Map.of("street", "456 New St", "city", "Anytown", "postalCode", "12345", "country", "Country")))));
            case DELETE:
                return orm.execute("Customer", "delete", Map.of("where", Map.of("id", (int) arg)));
            case MOVIES_25K:
                return movies.execute("Movie", "findMany", Map.of("where", Map.of("id", Map.of("lte", 25_000))));
            case MOVIES_TAKE_2000:
                return movies.execute("Movie", "findMany", Map.of("take", 2000));
            case MOVIES_TAKE_2000_FILTERED:
                return movies.execute("Movie", "findMany", Map.of("where", Map.of("genre", "Drama", "year", Map.of("gte", 1990)), "take", 2000));
            case MOVIES_TAKE_2000_CAST:
                return movies.execute("Movie", "findMany", Map.of("take", 2000, "include", Map.of("cast", true)));
            case STUDIOS_3_LEVEL:
                return movies.execute("Studio", "findMany", Map.of("where", Map.of("id", Map.of("lte", 5)),
                        "include", Map.of("movies", Map.of("include", Map.of("reviews", true)))));
            case MOVIES_SOME:
                return movies.execute("Movie", "findMany", Map.of("where", Map.of("reviews", Map.of("some", Map.of("stars", 5))), "take", 2000));
            case MOVIES_NONE:
                return movies.execute("Movie", "findMany", Map.of("where", Map.of("reviews", Map.of("none", Map.of())), "take", 2000));
            case MOVIES_ORDER_TAKE_50:
                return movies.execute("Movie", "findMany", Map.of("orderBy", List.of(Map.of("rating", "desc"), Map.of("id", "asc")), "take", 50));
            default:
                throw new IllegalArgumentException(w.name());
        }
    }

    @Override
    public Object rows(Workload w, Object result) {
        if (w == Workload.SELECT_1) {
            return result; // the number itself, as every peer returns it
        }
        return convert(w, result);
    }

    /** Prisma-shaped maps (Refract's, or Prisma's JSON) as {@code Rows} records. */
    @SuppressWarnings("unchecked")
    public static Object convert(Workload w, Object result) {
        if (result == null) {
            return null;
        }
        if (result instanceof List<?>) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<Object>) result) {
                out.add(convert(w, o));
            }
            return out;
        }
        Map<String, Object> m = (Map<String, Object>) result;
        if (w.data() == Workload.Data.ORM) {
            return customer(m);
        }
        return w == Workload.STUDIOS_3_LEVEL ? studio(m) : movie(m);
    }

    @SuppressWarnings("unchecked")
    private static Customer customer(Map<String, Object> m) {
        List<Order> orders = null;
        if (m.get("orders") != null) {
            orders = new ArrayList<>();
            for (Map<String, Object> o : (List<Map<String, Object>>) m.get("orders")) {
                List<Product> products = null;
                if (o.get("products") != null) {
                    products = new ArrayList<>();
                    for (Map<String, Object> p : (List<Map<String, Object>>) o.get("products")) {
                        products.add(new Product(num(p, "id"), (String) p.get("name"), dbl(p, "price"), num(p, "quantity"),
                                (String) p.get("description")));
                    }
                }
                orders.add(new Order(num(o, "id"), instant(o.get("date")), dbl(o, "totalAmount"), num(o, "customerId"), products));
            }
        }
        return new Customer(num(m, "id"), instant(m.get("createdAt")), (String) m.get("name"), (String) m.get("email"),
                Boolean.TRUE.equals(m.get("isActive")), orders);
    }

    @SuppressWarnings("unchecked")
    private static Studio studio(Map<String, Object> m) {
        List<Movie> movies = new ArrayList<>();
        for (Map<String, Object> o : (List<Map<String, Object>>) m.get("movies")) {
            movies.add(movie(o));
        }
        return new Studio(num(m, "id"), (String) m.get("name"), movies);
    }

    @SuppressWarnings("unchecked")
    private static Movie movie(Map<String, Object> m) {
        List<Actor> cast = null;
        if (m.get("cast") != null) {
            cast = new ArrayList<>();
            for (Map<String, Object> a : (List<Map<String, Object>>) m.get("cast")) {
                cast.add(new Actor(num(a, "id"), (String) a.get("name"), num(a, "born")));
            }
        }
        List<Review> reviews = null;
        if (m.get("reviews") != null) {
            reviews = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) m.get("reviews")) {
                reviews.add(new Review(num(r, "id"), num(r, "stars"), (String) r.get("body"), num(r, "movieId")));
            }
        }
        return new Movie(num(m, "id"), (String) m.get("title"), num(m, "year"), dbl(m, "rating"), (String) m.get("genre"),
                num(m, "studioId"), cast, reviews);
    }

    private static int num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    private static double dbl(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static Instant instant(Object v) {
        if (v == null || v instanceof Instant) {
            return (Instant) v;
        }
        if (v instanceof Timestamp) {
            return ((Timestamp) v).toInstant();
        }
        if (v instanceof OffsetDateTime) {
            return ((OffsetDateTime) v).toInstant();
        }
        if (v instanceof LocalDateTime) {
            return ((LocalDateTime) v).toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(v.toString());
    }
}
