package dev.refract.bench.peers.data;

import java.util.List;

/** The suite's datasets. Sizes are parameters so the default build's test seeds a small copy of each. */
public final class Datasets {
    private static final int VERSION = 1;

    private Datasets() {
    }

    /** prisma/orm-benchmarks' model at the size: 1,000 customers, 10,000 orders. */
    public static Dataset orm(boolean fkIndexes) {
        return orm(fkIndexes ? "refract_bench_orm_fk" : "refract_bench_orm", 1_000, fkIndexes);
    }

    /**
     * The orm-benchmarks model: {@code customers} customers each with an address and 10 orders (order
     * {@code i} belongs to customer {@code (i - 1) % customers + 1}, so a customer's orders are spread over
     * the table), 500 products (fewer when small), two products per order. With {@code fkIndexes}, the
     * index on {@code Order.customerId} that PostgreSQL does not get from Prisma's migrations is added,
     * as a Prisma user adds it: {@code @@index([customerId])} in the schema (so the planners know it).
     */
    public static Dataset orm(String database, int customers, boolean fkIndexes) {
        int orders = customers * 10;
        int products = Math.min(500, Math.max(10, customers / 2));
        List<String> seed = List.of(
                "INSERT INTO \"Customer\" (id, \"createdAt\", name, email, \"isActive\") SELECT i,"
                        + " timestamp '2024-01-01' + i * interval '1 minute', 'Customer ' || i, 'customer' || i || '@example.com',"
                        + " i % 3 = 0 FROM generate_series(1, " + customers + ") i",
                "INSERT INTO \"Address\" (id, street, city, \"postalCode\", country, \"customerId\") SELECT i, i || ' Main St',"
                        + " 'City ' || (i % 50), lpad((i * 7 % 100000)::text, 5, '0'), 'Country ' || (i % 7), i"
                        + " FROM generate_series(1, " + customers + ") i",
                "INSERT INTO \"Product\" (id, name, price, quantity, description) SELECT i, 'Product ' || i,"
                        + " ((i % 1000) * 1.25 + 0.99)::float8, i % 100,"
                        + " CASE WHEN i % 4 = 0 THEN NULL ELSE 'Description of product ' || i END"
                        + " FROM generate_series(1, " + products + ") i",
                "INSERT INTO \"Order\" (id, date, \"totalAmount\", \"customerId\") SELECT i,"
                        + " timestamp '2024-01-01' + i * interval '1 hour', ((i * 37) % 10000) / 100.0, (i - 1) % "
                        + customers + " + 1 FROM generate_series(1, " + orders + ") i",
                "INSERT INTO \"_OrderToProduct\" (\"A\", \"B\") SELECT i, (i * 7) % " + products + " + 1 FROM generate_series(1, "
                        + orders + ") i UNION SELECT i, (i * 13 + 5) % " + products + " + 1 FROM generate_series(1, " + orders + ") i",
                setval("Customer", customers), setval("Address", customers), setval("Product", products),
                setval("Order", orders));
        List<String> restore = List.of("DELETE FROM \"Customer\" WHERE id > " + customers,
                "UPDATE \"Customer\" SET name = 'Customer 1' WHERE id = 1",
                "UPDATE \"Address\" SET street = '1 Main St' WHERE \"customerId\" = 1");
        java.util.function.UnaryOperator<String> index = fkIndexes
                ? text -> text.replaceFirst("(?s)(model Order \\{.*?)\n}", "$1\n\n  @@index([customerId])\n}")
                : text -> text;
        return new Dataset("orm" + (fkIndexes ? "-fk" : ""), database, fkIndexes ? VERSION + 1 : VERSION, "/peers/orm.prisma", index,
                List.of(), seed, customers + "c", restore);
    }

    /** The large-reads model at the size: 50,000 movies, 100,000 actors, 500,000 reviews. */
    public static Dataset movies() {
        return movies("refract_bench_movies", 50_000);
    }

    /**
     * {@code movies} movies in {@code movies / 100} studios, twice as many actors (4 per movie's cast),
     * ten times as many reviews, spread over the first 80% of the movies (the last 20% have none).
     */
    public static Dataset movies(String database, int movies) {
        int studios = Math.max(1, movies / 100);
        int actors = movies * 2;
        int reviews = movies * 10;
        int reviewed = movies - movies / 5;
        List<String> seed = List.of(
                "INSERT INTO \"Studio\" (id, name) SELECT i, 'Studio ' || i FROM generate_series(1, " + studios + ") i",
                "INSERT INTO \"Movie\" (id, title, year, rating, genre, \"studioId\") SELECT i, 'Movie ' || i, 1950 + i % 75,"
                        + " ((i * 7) % 100) / 10.0, (ARRAY['Drama','Comedy','Action','Horror','SciFi','Documentary'])[i % 6 + 1],"
                        + " (i - 1) % " + studios + " + 1 FROM generate_series(1, " + movies + ") i",
                "INSERT INTO \"Actor\" (id, name, born) SELECT i, 'Actor ' || i, 1920 + i % 85 FROM generate_series(1, "
                        + actors + ") i",
                "INSERT INTO \"_ActorToMovie\" (\"A\", \"B\") SELECT DISTINCT ((m::bigint * k * 7919) % " + actors + " + 1)::int, m"
                        + " FROM generate_series(1, " + movies + ") m, generate_series(1, 4) k",
                "INSERT INTO \"Review\" (id, stars, body, \"movieId\") SELECT i, i % 5 + 1, 'Review ' || i || ' of a movie',"
                        + " (i - 1) % " + reviewed + " + 1 FROM generate_series(1, " + reviews + ") i",
                setval("Studio", studios), setval("Movie", movies), setval("Actor", actors), setval("Review", reviews));
        return new Dataset("movies", database, VERSION, "/peers/movies.prisma", List.of(), seed, movies + "m", List.of());
    }

    private static String setval(String table, int value) {
        return "SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'id'), " + value + ")";
    }
}
