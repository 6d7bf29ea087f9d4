package dev.refract.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The floor: hand-written JDBC for each workload, reads with the SQL Refract sends (see
 * {@link ShowSql}), mapped into plain records; writes as the fewest statements that do the job
 * ({@code INSERT ... RETURNING}, {@code UPDATE ... RETURNING}, one transaction for the nested create).
 */
final class RawJdbc {
    record Customer(int id, Instant createdAt, String email, String name, boolean isActive, List<Order> orders) {
    }

    record Order(int id, Instant date, BigDecimal totalAmount, int customerId, List<Product> products) {
    }

    record Product(int id, String name, String description, BigDecimal price, int quantity) {
    }

    private static final String CUSTOMER_COLUMNS = "SELECT \"t0\".\"id\" AS \"c0\", \"t0\".\"createdAt\" AS \"c1\", "
            + "\"t0\".\"email\" AS \"c2\", \"t0\".\"name\" AS \"c3\", \"t0\".\"isActive\" AS \"c4\" FROM \"Customer\" AS \"t0\"";
    private static final String FIND_UNIQUE = CUSTOMER_COLUMNS + " WHERE \"t0\".\"id\" = ? ORDER BY \"t0\".\"id\" ASC LIMIT ?";
    private static final String FIND_MANY = CUSTOMER_COLUMNS + " ORDER BY \"t0\".\"id\" ASC";
    private static final String FIRST_N = CUSTOMER_COLUMNS + " ORDER BY \"t0\".\"id\" ASC LIMIT ?";
    private static final String ORDERS_OF = "SELECT \"t0\".\"id\" AS \"c0\", \"t0\".\"date\" AS \"c1\", \"t0\".\"totalAmount\" AS \"c2\", "
            + "\"t0\".\"customerId\" AS \"c3\", \"t0\".\"customerId\" AS \"c4\" FROM \"Order\" AS \"t0\" WHERE \"t0\".\"customerId\" IN ";
    private static final String PRODUCTS_OF = "SELECT \"t0\".\"id\" AS \"c0\", \"t0\".\"name\" AS \"c1\", \"t0\".\"description\" AS \"c2\", "
            + "\"t0\".\"price\" AS \"c3\", \"t0\".\"quantity\" AS \"c4\", \"t1\".\"A\" AS \"c5\" FROM \"Product\" AS \"t0\" "
            + "INNER JOIN \"_OrderProducts\" AS \"t1\" ON \"t1\".\"B\" = \"t0\".\"id\" WHERE \"t1\".\"A\" IN ";
    private static final String RETURNING = " RETURNING \"id\", \"createdAt\", \"email\", \"name\", \"isActive\"";
    private static final String INSERT_CUSTOMER = "INSERT INTO \"Customer\" (\"email\", \"name\", \"isActive\", \"createdAt\") VALUES (?, ?, ?, ?)" + RETURNING;
    private static final String INSERT_NESTED = "INSERT INTO \"Customer\" (\"email\", \"name\", \"createdAt\") VALUES (?, ?, ?)" + RETURNING;
    private static final String INSERT_ORDER = "INSERT INTO \"Order\" (\"totalAmount\", \"customerId\", \"date\") VALUES (?, ?, ?) RETURNING \"id\"";
    private static final String INSERT_LINKS = "INSERT INTO \"_OrderProducts\" (\"A\", \"B\") VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE \"Customer\" SET \"name\" = ? WHERE \"id\" = ?" + RETURNING;

    private final DataSource pool;

    RawJdbc(DataSource pool) {
        this.pool = pool;
    }

    Customer findUnique(int id) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(FIND_UNIQUE)) {
            ps.setInt(1, id);
            ps.setLong(2, 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? customer(rs) : null;
            }
        }
    }

    List<Customer> findMany() throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(FIND_MANY);
                ResultSet rs = ps.executeQuery()) {
            List<Customer> out = new ArrayList<>();
            while (rs.next()) {
                out.add(customer(rs));
            }
            return out;
        }
    }

    /** The first {@code n} customers with their orders and the orders' products: three statements. */
    List<Customer> include2Levels(int n) throws SQLException {
        try (Connection c = pool.getConnection()) {
            List<Customer> customers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(FIRST_N)) {
                ps.setLong(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        customers.add(customer(rs));
                    }
                }
            }
            Map<Integer, List<Order>> ordersOf = new HashMap<>();
            List<Order> orders = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ORDERS_OF + placeholders(customers.size()))) {
                for (int i = 0; i < customers.size(); i++) {
                    ps.setInt(i + 1, customers.get(i).id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Order o = new Order(rs.getInt(1), instant(rs.getTimestamp(2)), rs.getBigDecimal(3), rs.getInt(4), new ArrayList<>());
                        orders.add(o);
                        ordersOf.computeIfAbsent(rs.getInt(5), k -> new ArrayList<>()).add(o);
                    }
                }
            }
            Map<Integer, List<Product>> productsOf = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(PRODUCTS_OF + placeholders(orders.size()))) {
                for (int i = 0; i < orders.size(); i++) {
                    ps.setInt(i + 1, orders.get(i).id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Product p = new Product(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5));
                        productsOf.computeIfAbsent(rs.getInt(6), k -> new ArrayList<>()).add(p);
                    }
                }
            }
            for (Order o : orders) {
                o.products().addAll(productsOf.getOrDefault(o.id(), List.of()));
            }
            List<Customer> out = new ArrayList<>(customers.size());
            for (Customer cu : customers) {
                out.add(new Customer(cu.id(), cu.createdAt(), cu.email(), cu.name(), cu.isActive(),
                        ordersOf.getOrDefault(cu.id(), List.of())));
            }
            return out;
        }
    }

    Customer create(long n) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT_CUSTOMER)) {
            ps.setString(1, "new" + n + "@bench.io");
            ps.setString(2, "New customer");
            ps.setBoolean(3, true);
            ps.setTimestamp(4, now());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return customer(rs);
            }
        }
    }

    /** A customer with an order that connects two products, in one transaction. */
    Customer nestedCreate(long n) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Customer customer;
                Timestamp now = now();
                try (PreparedStatement ps = c.prepareStatement(INSERT_NESTED)) {
                    ps.setString(1, "nested" + n + "@bench.io");
                    ps.setString(2, "Nested");
                    ps.setTimestamp(3, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        customer = customer(rs);
                    }
                }
                int order;
                try (PreparedStatement ps = c.prepareStatement(INSERT_ORDER)) {
                    ps.setBigDecimal(1, new BigDecimal("12.50"));
                    ps.setInt(2, customer.id());
                    ps.setTimestamp(3, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        order = rs.getInt(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_LINKS)) {
                    ps.setInt(1, order);
                    ps.setInt(2, 1);
                    ps.setInt(3, order);
                    ps.setInt(4, 2);
                    ps.executeUpdate();
                }
                c.commit();
                return customer;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    Customer update(int id, long n) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(UPDATE)) {
            ps.setString(1, "Renamed " + n);
            ps.setInt(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? customer(rs) : null;
            }
        }
    }

    private static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getInt(1), instant(rs.getTimestamp(2)), rs.getString(3), rs.getString(4), rs.getBoolean(5), List.of());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }

    private static String placeholders(int n) {
        StringBuilder b = new StringBuilder(n * 3 + 2).append('(');
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.append(')').toString();
    }
}
