package dev.refract.bench.peers.jdbc;

import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.bench.peers.model.Rows.Actor;
import dev.refract.bench.peers.model.Rows.Customer;
import dev.refract.bench.peers.model.Rows.Movie;
import dev.refract.bench.peers.model.Rows.Order;
import dev.refract.bench.peers.model.Rows.Product;
import dev.refract.bench.peers.model.Rows.Review;
import dev.refract.bench.peers.model.Rows.Studio;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The floor: hand-written SQL and mapping on the pool's connections, as a careful developer writes them.
 * Graph loads are one JOIN where that is what one writes (customers with their orders), or a second
 * query with {@code = ANY(?)} over the parents' keys (cast, reviews, products).
 */
public final class JdbcPeer implements Peer {
    private static final String CUSTOMER = "SELECT c.id, c.\"createdAt\", c.name, c.email, c.\"isActive\" FROM \"Customer\" c";
    private static final String ORDER_COLUMNS = "o.id, o.date, o.\"totalAmount\", o.\"customerId\"";
    private static final String MOVIE = "SELECT m.id, m.title, m.year, m.rating, m.genre, m.\"studioId\" FROM \"Movie\" m";

    private final DataSource orm;
    private final DataSource movies;

    public JdbcPeer(DataSource orm, DataSource movies) {
        this.orm = orm;
        this.movies = movies;
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public boolean supports(Workload workload) {
        return true;
    }

    @Override
    public Object run(Workload w, long arg) throws SQLException {
        try (Connection c = (w.data() == Workload.Data.ORM ? orm : movies).getConnection()) {
            switch (w) {
                case SELECT_1:
                    try (PreparedStatement ps = c.prepareStatement("SELECT 1"); ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                case FIND_MANY:
                    return customers(c, CUSTOMER);
                case FIND_MANY_FILTER_PAGINATE_ORDER:
                    return customers(c, CUSTOMER + " WHERE c.\"isActive\" = ? ORDER BY c.\"createdAt\" DESC LIMIT ? OFFSET ?", true, 10, 0);
                case FIND_MANY_INCLUDE:
                    return customersWithOrders(c);
                case FIND_FIRST:
                    return first(customers(c, CUSTOMER + " LIMIT ?", 1));
                case FIND_FIRST_INCLUDE:
                    return withOrders(c, first(customers(c, CUSTOMER + " LIMIT ?", 1)), false);
                case FIND_UNIQUE:
                    return first(customers(c, CUSTOMER + " WHERE c.id = ?", (int) arg));
                case FIND_UNIQUE_INCLUDE:
                case BY_ID_ORDERS:
                    return withOrders(c, first(customers(c, CUSTOMER + " WHERE c.id = ?", (int) arg)), false);
                case BY_ID_ORDERS_PRODUCTS:
                    return withOrders(c, first(customers(c, CUSTOMER + " WHERE c.id = ?", (int) arg)), true);
                case PAGE_50:
                    return customers(c, CUSTOMER + " ORDER BY c.id LIMIT ? OFFSET ?", 50, (int) arg);
                case CREATE:
                    return first(customers(c, "INSERT INTO \"Customer\" AS c (name, email) VALUES (?, ?) RETURNING c.id, c.\"createdAt\","
                            + " c.name, c.email, c.\"isActive\"", "John Doe", "john.doe@example.com"));
                case NESTED_CREATE:
                    return nestedCreate(c);
                case UPDATE:
                    return update(c, "John Doe Updated", null);
                case NESTED_UPDATE:
                    return update(c, "John Doe Updated", "456 New St");
                case UPSERT:
                    return upsert(c, false);
                case NESTED_UPSERT:
                    return upsert(c, true);
                case DELETE:
                    return first(customers(c, "DELETE FROM \"Customer\" AS c WHERE c.id = ? RETURNING c.id, c.\"createdAt\", c.name,"
                            + " c.email, c.\"isActive\"", (int) arg));
                case MOVIES_25K:
                    return movies(c, MOVIE + " WHERE m.id <= ?", 25_000);
                case MOVIES_TAKE_2000:
                    return movies(c, MOVIE + " ORDER BY m.id LIMIT ?", 2000);
                case MOVIES_TAKE_2000_FILTERED:
                    return movies(c, MOVIE + " WHERE m.genre = ? AND m.year >= ? ORDER BY m.id LIMIT ?", "Drama", 1990, 2000);
                case MOVIES_TAKE_2000_CAST:
                    return withCast(c, movies(c, MOVIE + " ORDER BY m.id LIMIT ?", 2000));
                case STUDIOS_3_LEVEL:
                    return studios(c);
                case MOVIES_SOME:
                    return movies(c, MOVIE + " WHERE EXISTS (SELECT 1 FROM \"Review\" r WHERE r.\"movieId\" = m.id AND r.stars = ?) ORDER BY m.id LIMIT ?", 5, 2000);
                case MOVIES_NONE:
                    return movies(c, MOVIE + " WHERE NOT EXISTS (SELECT 1 FROM \"Review\" r WHERE r.\"movieId\" = m.id) ORDER BY m.id LIMIT ?", 2000);
                case MOVIES_ORDER_TAKE_50:
                    return movies(c, MOVIE + " ORDER BY m.rating DESC, m.id ASC LIMIT ?", 50);
                default:
                    throw new IllegalArgumentException(w.name());
            }
        }
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Customer customer(ResultSet rs, List<Order> orders) throws SQLException {
        return new Customer(rs.getInt(1), instant(rs, 2), rs.getString(3), rs.getString(4), rs.getBoolean(5), orders);
    }

    private static Order order(ResultSet rs, int at, List<Product> products) throws SQLException {
        return new Order(rs.getInt(at), instant(rs, at + 1), rs.getDouble(at + 2), rs.getInt(at + 3), products);
    }

    private static List<Customer> customers(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<Customer> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(customer(rs, null));
                }
                return out;
            }
        }
    }

    private static List<Customer> customersWithOrders(Connection c) throws SQLException {
        String sql = "SELECT c.id, c.\"createdAt\", c.name, c.email, c.\"isActive\", " + ORDER_COLUMNS
                + " FROM \"Customer\" c LEFT JOIN \"Order\" o ON o.\"customerId\" = c.id";
        Map<Integer, Customer> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Customer customer = byId.get(rs.getInt(1));
                if (customer == null) {
                    customer = customer(rs, new ArrayList<>());
                    byId.put(customer.id(), customer);
                }
                rs.getInt(6);
                if (!rs.wasNull()) {
                    customer.orders().add(order(rs, 6, null));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static Customer withOrders(Connection c, Customer customer, boolean products) throws SQLException {
        if (customer == null) {
            return null;
        }
        List<Order> orders = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM \"Order\" o WHERE o.\"customerId\" = ?")) {
            ps.setInt(1, customer.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    orders.add(order(rs, 1, products ? new ArrayList<>() : null));
                }
            }
        }
        if (products && !orders.isEmpty()) {
            Map<Integer, List<Product>> byOrder = new HashMap<>();
            Integer[] ids = new Integer[orders.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = orders.get(i).id();
                byOrder.put(ids[i], orders.get(i).products());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT j.\"A\", p.id, p.name, p.price, p.quantity, p.description"
                    + " FROM \"_OrderToProduct\" j JOIN \"Product\" p ON p.id = j.\"B\" WHERE j.\"A\" = ANY(?)")) {
                Array array = c.createArrayOf("int4", ids);
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byOrder.get(rs.getInt(1)).add(new Product(rs.getInt(2), rs.getString(3), rs.getDouble(4), rs.getInt(5),
                                rs.getString(6)));
                    }
                }
            }
        }
        return new Customer(customer.id(), customer.createdAt(), customer.name(), customer.email(), customer.isActive(), orders);
    }

    private static Customer nestedCreate(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            Customer made = first(customers(c, "INSERT INTO \"Customer\" AS c (name, email, \"isActive\") VALUES (?, ?, ?) RETURNING c.id,"
                    + " c.\"createdAt\", c.name, c.email, c.\"isActive\"", "John Doe", "john.doe@example.com", false));
            int orderId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Order\" (date, \"totalAmount\", \"customerId\") VALUES (?, ?, ?) RETURNING id")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setDouble(2, 100.5);
                ps.setInt(3, made.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    orderId = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"_OrderToProduct\" (\"A\", \"B\") VALUES (?, ?), (?, ?)")) {
                bind(ps, orderId, 1, orderId, 2);
                ps.executeUpdate();
            }
            c.commit();
            return made;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Customer update(Connection c, String name, String street) throws SQLException {
        if (street == null) {
            return first(customers(c, "UPDATE \"Customer\" AS c SET name = ? WHERE c.id = ? RETURNING c.id, c.\"createdAt\", c.name,"
                    + " c.email, c.\"isActive\"", name, 1));
        }
        c.setAutoCommit(false);
        try {
            Customer updated = first(customers(c, "UPDATE \"Customer\" AS c SET name = ? WHERE c.id = ? RETURNING c.id, c.\"createdAt\","
                    + " c.name, c.email, c.\"isActive\"", name, 1));
            try (PreparedStatement ps = c.prepareStatement("UPDATE \"Address\" SET street = ? WHERE \"customerId\" = ?")) {
                bind(ps, street, 1);
                ps.executeUpdate();
            }
            c.commit();
            return updated;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Update the customer when it exists, else create it (with its address when nested). */
    private static Customer upsert(Connection c, boolean nested) throws SQLException {
        c.setAutoCommit(false);
        try {
            Customer result = first(customers(c, "UPDATE \"Customer\" AS c SET name = ? WHERE c.id = ? RETURNING c.id, c.\"createdAt\","
                    + " c.name, c.email, c.\"isActive\"", "John Doe Upserted", 1));
            if (result != null && nested) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE \"Address\" SET street = ? WHERE \"customerId\" = ?")) {
                    bind(ps, "456 New St", 1);
                    ps.executeUpdate();
                }
            } else if (result == null) {
                result = first(customers(c, "INSERT INTO \"Customer\" AS c (name, email) VALUES (?, ?) RETURNING c.id, c.\"createdAt\","
                        + " c.name, c.email, c.\"isActive\"", "John Doe", "john.doe@example.com"));
                if (nested) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Address\" (street, city, \"postalCode\", country,"
                            + " \"customerId\") VALUES (?, ?, ?, ?, ?)")) {
                        bind(ps, "456 New St", "Anytown", "12345", "Country", result.id());
                        ps.executeUpdate();
                    }
                }
            }
            c.commit();
            return result;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Movie movie(ResultSet rs, List<Actor> cast, List<Review> reviews) throws SQLException {
        return new Movie(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getString(5), rs.getInt(6), cast, reviews);
    }

    private static List<Movie> movies(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<Movie> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(movie(rs, null, null));
                }
                return out;
            }
        }
    }

    private static List<Movie> withCast(Connection c, List<Movie> movies) throws SQLException {
        Map<Integer, List<Actor>> byMovie = new HashMap<>();
        Integer[] ids = new Integer[movies.size()];
        List<Movie> out = new ArrayList<>(movies.size());
        for (int i = 0; i < ids.length; i++) {
            Movie m = movies.get(i);
            ids[i] = m.id();
            List<Actor> cast = new ArrayList<>();
            byMovie.put(m.id(), cast);
            out.add(new Movie(m.id(), m.title(), m.year(), m.rating(), m.genre(), m.studioId(), cast, null));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT j.\"B\", a.id, a.name, a.born FROM \"_ActorToMovie\" j"
                + " JOIN \"Actor\" a ON a.id = j.\"A\" WHERE j.\"B\" = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("int4", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byMovie.get(rs.getInt(1)).add(new Actor(rs.getInt(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return out;
    }

    private static List<Studio> studios(Connection c) throws SQLException {
        List<Studio> studios = new ArrayList<>();
        Map<Integer, Studio> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.name FROM \"Studio\" s WHERE s.id <= ?")) {
            ps.setInt(1, 5);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Studio s = new Studio(rs.getInt(1), rs.getString(2), new ArrayList<>());
                    studios.add(s);
                    byId.put(s.id(), s);
                }
            }
        }
        Map<Integer, List<Review>> reviews = new HashMap<>();
        List<Integer> movieIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(MOVIE + " WHERE m.\"studioId\" = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("int4", byId.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Movie m = movie(rs, null, new ArrayList<>());
                    byId.get(m.studioId()).movies().add(m);
                    reviews.put(m.id(), m.reviews());
                    movieIds.add(m.id());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.stars, r.body, r.\"movieId\" FROM \"Review\" r WHERE r.\"movieId\" = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("int4", movieIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reviews.get(rs.getInt(4)).add(new Review(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return studios;
    }
}
