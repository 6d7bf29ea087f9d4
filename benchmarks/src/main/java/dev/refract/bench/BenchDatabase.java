package dev.refract.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.refract.bench.typed.BenchDb;
import dev.refract.client.RefractClient;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The orm-benchmarks model on a PostgreSQL database of its own ({@code refract_bench_client} on the local
 * server, or {@code -Drefract.bench.postgres=URL} naming the server), created and seeded on first use
 * and reused afterwards: 1,000 customers with an address each, 10 orders per customer (10,000), 100
 * products, 2 products per order. One HikariCP pool serves Refract and raw JDBC alike.
 */
final class BenchDatabase implements AutoCloseable {
    /**
     * Not the peers suite's {@code refract_bench_orm}: that one holds the peers' variant of the model
     * (Float amounts, the relation unnamed), and each suite would otherwise rebuild the other's tables.
     */
    static final String DATABASE = "refract_bench_client";
    static final int CUSTOMERS = 1000;
    static final int ORDERS_PER_CUSTOMER = 10;
    static final int PRODUCTS = 100;
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    final Schema schema;
    final HikariDataSource pool;
    final RefractClient client;
    /** The typed client generated from the same schema, over {@link #client}. */
    final BenchDb typed;

    private BenchDatabase(Schema schema, HikariDataSource pool) {
        this.schema = schema;
        this.pool = pool;
        this.client = RefractClient.builder(schema, pool::getConnection).build();
        this.typed = BenchDb.of(client);
    }

    static BenchDatabase open() throws IOException, SQLException {
        Schema schema = schema();
        Dialect dialect = Dialect.of(Provider.POSTGRESQL);
        ConnectionUrl server = ConnectionUrl.parse(System.getProperty("refract.bench.postgres",
                "postgresql://postgres@127.0.0.1:5432/postgres"));
        ConnectionUrl url = server.withDatabase(DATABASE);
        if (!exists(dialect, server, url.database())) {
            dialect.connections().createDatabase(url);
        }
        try (Connection c = dialect.connections().openForScripts(url)) {
            if (!seeded(c)) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
                }
                String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect)
                        .diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
                dialect.connections().runScript(c, script);
                seed(c);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setDataSourceProperties(url.jdbcProperties());
        config.setMaximumPoolSize(4);
        config.setPoolName("refract-bench");
        return new BenchDatabase(schema, new HikariDataSource(config));
    }

    static Schema schema() throws IOException {
        String text;
        try (InputStream in = BenchDatabase.class.getResourceAsStream("/bench/orm-benchmarks.prisma")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ValidationResult result = PrismaSchema.validate("orm-benchmarks.prisma", text);
        if (!result.isValid()) {
            throw new IllegalStateException(result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    private static boolean exists(Dialect dialect, ConnectionUrl server, String name) throws SQLException {
        try (Connection c = dialect.connections().open(server);
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean seeded(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM \"Customer\" WHERE id <= " + CUSTOMERS
                        + "), (SELECT count(*) FROM \"Order\"), (SELECT count(*) FROM \"_OrderProducts\")")) {
            rs.next();
            return rs.getInt(1) == CUSTOMERS && rs.getInt(2) == CUSTOMERS * ORDERS_PER_CUSTOMER
                    && rs.getInt(3) == 2 * CUSTOMERS * ORDERS_PER_CUSTOMER;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void seed(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement customer = c.prepareStatement(
                    "INSERT INTO \"Customer\" (id, \"createdAt\", email, name, \"isActive\") VALUES (?, ?, ?, ?, ?)");
                PreparedStatement address = c.prepareStatement(
                    "INSERT INTO \"Address\" (id, street, city, \"postalCode\", country, \"customerId\") VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement order = c.prepareStatement(
                    "INSERT INTO \"Order\" (id, date, \"totalAmount\", \"customerId\") VALUES (?, ?, ?, ?)");
                PreparedStatement product = c.prepareStatement(
                    "INSERT INTO \"Product\" (id, name, description, price, quantity) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement link = c.prepareStatement("INSERT INTO \"_OrderProducts\" (\"A\", \"B\") VALUES (?, ?)")) {
            for (int p = 1; p <= PRODUCTS; p++) {
                product.setInt(1, p);
                product.setString(2, "Product " + p);
                product.setString(3, p % 3 == 0 ? null : "Description of product " + p);
                product.setBigDecimal(4, new BigDecimal(p).add(new BigDecimal("0.99")));
                product.setInt(5, p * 7 % 50);
                product.addBatch();
            }
            product.executeBatch();
            int orderId = 0;
            for (int i = 1; i <= CUSTOMERS; i++) {
                customer.setInt(1, i);
                customer.setTimestamp(2, time(T0.plusSeconds(3600L * i)));
                customer.setString(3, "customer" + i + "@example.com");
                customer.setString(4, i % 10 == 0 ? null : "Customer " + i);
                customer.setBoolean(5, i % 2 == 0);
                customer.addBatch();
                address.setInt(1, i);
                address.setString(2, i + " Main Street");
                address.setString(3, "City " + (i % 50));
                address.setString(4, String.format("%05d", i));
                address.setString(5, "Country " + (i % 7));
                address.setInt(6, i);
                address.addBatch();
                for (int k = 0; k < ORDERS_PER_CUSTOMER; k++) {
                    orderId++;
                    order.setInt(1, orderId);
                    order.setTimestamp(2, time(T0.plusSeconds(60L * orderId)));
                    order.setBigDecimal(3, new BigDecimal(orderId % 500).add(new BigDecimal("0.50")));
                    order.setInt(4, i);
                    order.addBatch();
                    for (int p : new int[] {orderId % PRODUCTS + 1, (orderId * 7 + 3) % PRODUCTS + 1}) {
                        link.setInt(1, orderId);
                        link.setInt(2, p);
                        link.addBatch();
                    }
                }
            }
            customer.executeBatch();
            address.executeBatch();
            order.executeBatch();
            link.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            // the sequences continue after the seeded ids, so creates get fresh ones
            for (String table : new String[] {"Customer", "Order", "Address", "Product"}) {
                s.execute("SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'id'), (SELECT max(id) FROM \"" + table + "\"))");
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    private static Timestamp time(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Removes what the write benchmarks added (outside the timed region). */
    void resetWrites() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM \"_OrderProducts\" WHERE \"A\" > " + CUSTOMERS * ORDERS_PER_CUSTOMER);
            s.execute("DELETE FROM \"Order\" WHERE id > " + CUSTOMERS * ORDERS_PER_CUSTOMER);
            s.execute("DELETE FROM \"Address\" WHERE \"customerId\" > " + CUSTOMERS);
            s.execute("DELETE FROM \"Customer\" WHERE id > " + CUSTOMERS);
        }
    }

    @Override
    public void close() {
        client.close();
        pool.close();
    }
}
