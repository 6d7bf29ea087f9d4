package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.client.internal.plan.JoinPlanner;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.RelationLoadStrategy;
import dev.refract.client.typed.ReadArgs;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.TableRef;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.values.EnumValue;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The two relation-load strategies return identical records (values and Java types of every scalar
 * type) on every database; "join" sends one statement whatever the depth, "query" one per level; the
 * planner's choice when the read names none.
 */
class RelationLoadStrategyTest {
    static final Instant T0 = Instant.parse("2024-01-01T10:00:00.123Z");

    abstract static class OnDatabase {
        protected Schema schema;
        protected RefractClient client;
        protected final List<String> statements = new ArrayList<>();

        protected abstract TestDatabase db();

        protected abstract Provider provider();

        private Dialect dialect() {
            return Dialect.of(provider());
        }

        @BeforeAll
        void createAndSeed() throws Exception {
            String text = Files.readString(Path.of("src/test/resources/strategy.prisma"))
                    .replace("\"postgresql\"", "\"" + provider().id() + "\"")
                    .replace("postgresql://localhost/x", provider() == Provider.SQLITE ? "file:./x.db" : provider().id() + "://localhost/x");
            ValidationResult result = PrismaSchema.validate("schema.prisma", text);
            assertThat(result.isValid()).as(result.render(false)).isTrue();
            schema = result.resolved().orElseThrow();
            Dialect dialect = dialect();
            String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect)
                    .diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
            try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db().prismaUrl()))) {
                dialect.connections().runScript(c, script);
            }
            try (Connection c = db().open()) {
                seed(c);
            }
            client = RefractClient.builder(schema, db()::open)
                    .statementListener((sql, params, duration) -> statements.add(sql)).build();
        }

        @BeforeEach
        void forget() {
            statements.clear();
        }

        private void seed(Connection c) throws Exception {
            Object[][] customers = {
                {1, "Ann \"A\" \\ Zoë ☃ 𝄞\n\ttab", "ann@x.io", true, T0, new BigDecimal("12.50"), 9007199254740993L, 1.0 / 3,
                    new byte[] {0, 1, (byte) 0xff, 0x7f}, "{\"a\": [1, 2.5, \"x\"], \"b\": null}"},
                {2, "Bob", "bob@x.io", false, T0.plusSeconds(86400), new BigDecimal("-3"), -1L, 1e300, new byte[0], "[]"},
                {3, "Cid", "cid@x.io", true, T0.plusMillis(1), new BigDecimal("0.1"), 0L, 0.1 + 0.2, null, null},
                {4, "Dee", "dee@x.io", false, Instant.parse("1999-12-31T23:59:59Z"), new BigDecimal("123456789.987654321"),
                    Long.MIN_VALUE + 1, -2.5e-10, null, "\"text\""},
                {5, "Eve", "eve@x.io", true, T0, new BigDecimal("7"), 7L, 7.0, new byte[] {42}, "{}"},
            };
            for (Object[] r : customers) {
                r[9] = r[9] == null ? null : new JsonDocument((String) r[9]);
                insert(c, "Customer", List.of("id", "name", "email", "isActive", "createdAt", "balance", "points", "rating",
                        "avatar", "prefs"), r);
            }
            insert(c, "Address", List.of("id", "street", "city", "customerId"), 1, "1 Main St", "Springfield", 1);
            insert(c, "Address", List.of("id", "street", "city", "customerId"), 2, "2 Side St", null, 2);
            insert(c, "Address", List.of("id", "street", "city", "customerId"), 3, "3 Oak", "Shelbyville", 5);
            Object[][] orders = {
                {1, T0, new BigDecimal("10.00"), "NEW", false, 1}, {2, T0.plusSeconds(60), new BigDecimal("99.99"), "SHIPPED", true, 1},
                {3, T0.plusSeconds(30), new BigDecimal("5.5"), "SHIPPED", true, 1}, {4, T0, new BigDecimal("1"), "NEW", true, 2},
                {5, T0.plusSeconds(5), new BigDecimal("0.01"), "SHIPPED", false, 3}, {6, T0.plusSeconds(1), new BigDecimal("2"), "SHIPPED", true, 3},
                {7, T0.plusSeconds(2), new BigDecimal("3"), "NEW", false, 3}, {8, T0.plusSeconds(3), new BigDecimal("4"), "NEW", true, 5},
            };
            for (Object[] o : orders) {
                insert(c, "Order", List.of("id", "date", "total", "status", "paid", "customerId"),
                        o[0], o[1], o[2], new EnumValue((String) o[3]), o[4], o[5]);
            }
            Object[][] products = {{1, "Pen", new BigDecimal("1.25"), 0.01}, {2, "Ink", new BigDecimal("9.99"), null},
                {3, "Pad", new BigDecimal("3"), 0.2}, {4, "Unsold", new BigDecimal("0"), 1.5}};
            for (Object[] p : products) {
                insert(c, "Product", List.of("id", "name", "price", "weight"), p);
            }
            for (int[] link : new int[][] {{1, 1}, {1, 2}, {2, 1}, {3, 3}, {4, 1}, {4, 2}, {4, 3}, {6, 2}, {8, 3}}) {
                insert(c, "_OrderToProduct", List.of("A", "B"), link[0], link[1]);
            }
            // customer 1: notes 1 (two tags), 2 (none) and 3 (one); customer 2: note 1 (one tag), the same seq
            for (int[] note : new int[][] {{1, 1}, {2, 1}, {3, 1}, {1, 2}}) {
                insert(c, "Note", List.of("seq", "customerId", "text"), note[0], note[1], "note " + note[0] + "/" + note[1]);
            }
            for (int[] tag : new int[][] {{1, 1, 1}, {2, 1, 1}, {3, 3, 1}, {4, 1, 2}}) {
                insert(c, "Tag", List.of("id", "label", "noteSeq", "noteCustomerId"), tag[0], "tag " + tag[0], tag[1], tag[2]);
            }
        }

        private void insert(Connection c, String table, List<String> columns, Object... values) throws Exception {
            List<Expr> row = Arrays.stream(values).map(v -> (Expr) Expr.param(v)).toList();
            RenderedSql sql = SqlRenderer.render(dialect(), new Insert(TableRef.of(table), columns, List.of(row), null, List.of()));
            try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
                for (int i = 0; i < sql.parameters().size(); i++) {
                    Object v = sql.parameters().get(i);
                    if (v instanceof JsonDocument j && provider() == Provider.POSTGRESQL) {
                        ps.setObject(i + 1, j.text(), java.sql.Types.OTHER);
                    } else {
                        dialect().values().bind(ps, i + 1, v instanceof JsonDocument j ? j.text() : v);
                    }
                }
                ps.executeUpdate();
            }
        }

        /** A Json column's value in the seed (PostgreSQL wants it untyped). */
        record JsonDocument(String text) {
        }

        static Map<String, Object> m(Object... keysAndValues) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }

        /** Runs the read both ways; asserts equal results and the statement counts; the result. */
        private Object both(String model, String action, Map<String, Object> args, int levels) {
            return both(model, action, args, levels, levels);
        }

        /** As {@link #both(String, String, Map, int)}, the "query" strategy sending {@code queryStatements}. */
        private Object both(String model, String action, Map<String, Object> args, int levels, int queryStatements) {
            Map<String, Object> query = new LinkedHashMap<>(args);
            query.put("relationLoadStrategy", "query");
            statements.clear();
            Object byQuery = client.execute(model, action, query);
            assertThat(statements).as("query strategy statements").hasSize(queryStatements);
            query.put("relationLoadStrategy", "join");
            statements.clear();
            Object byJoin = client.execute(model, action, query);
            boolean oneStatement = joinable(model, args);
            assertThat(statements).as("join strategy statements: " + statements).hasSize(oneStatement ? 1 : levels);
            if (oneStatement && levels > 1) {
                assertThat(statements.get(0)).contains(dialect().jsonArrayFunction() + "(");
                if (dialect().supportsLateralJoin()) {
                    assertThat(statements.get(0)).contains("LEFT JOIN LATERAL");
                }
            }
            assertSame(byJoin, byQuery, "");
            return byJoin;
        }

        private boolean joinable(String model, Map<String, Object> args) {
            Map<String, Object> readArgs = new LinkedHashMap<>(args);
            readArgs.remove("relationLoadStrategy");
            Model m = schema.model(model).orElseThrow();
            ReadQuery q = new dev.refract.client.dynamic.QueryParser(schema).many(m, readArgs);
            return JoinPlanner.supports(q, dialect());
        }

        /** Deep equality that also compares Java types, and byte arrays by content. */
        private static void assertSame(Object actual, Object expected, String path) {
            if (expected == null || actual == null) {
                assertThat(actual).as(path).isEqualTo(expected);
            } else if (expected instanceof Map<?, ?> e) {
                Map<?, ?> a = (Map<?, ?>) actual;
                assertThat(List.copyOf(a.keySet())).as(path + " keys").isEqualTo(List.copyOf(e.keySet()));
                e.forEach((k, v) -> assertSame(a.get(k), v, path + "." + k));
            } else if (expected instanceof List<?> e) {
                List<?> a = (List<?>) actual;
                assertThat(a).as(path + " size").hasSize(e.size());
                for (int i = 0; i < e.size(); i++) {
                    assertSame(a.get(i), e.get(i), path + "[" + i + "]");
                }
            } else {
                assertThat(actual.getClass()).as(path + " type").isEqualTo(expected.getClass());
                if (expected instanceof byte[] b) {
                    assertThat((byte[]) actual).as(path).isEqualTo(b);
                } else {
                    assertThat(actual).as(path).isEqualTo(expected);
                }
            }
        }

        @Test
        void twoLevelsOfIncludesWithEveryScalarType() {
            Object customers = both("Customer", "findMany", m("include", m(
                    "orders", m("orderBy", m("id", "asc"), "include", m("products", m("orderBy", m("id", "asc")))),
                    "address", true), "orderBy", m("id", "asc")), 4);
            @SuppressWarnings("unchecked")
            Map<String, Object> ann = ((List<Map<String, Object>>) customers).get(0);
            assertThat(ann.get("points")).isEqualTo(9007199254740993L);
            assertThat(ann.get("balance")).isEqualTo(new BigDecimal("12.50").setScale(((BigDecimal) ann.get("balance")).scale()));
            assertThat(((List<?>) ann.get("orders"))).hasSize(3);
        }

        @Test
        void toOneChainsAndUnorderedManyToMany() {
            both("Order", "findMany", m("include", m("customer", m("include", m("address", true)),
                    "products", m("select", m("name", true, "price", true, "weight", true), "orderBy", m("name", "desc"))),
                    "orderBy", m("id", "asc")), 4);
            both("Product", "findMany", m("include", m("orders", m("orderBy", List.of(m("date", "desc"), m("id", "asc")),
                    "include", m("customer", m("select", m("id", true, "prefs", true, "avatar", true, "createdAt", true))))),
                    "orderBy", m("id", "asc")), 3);
        }

        @Test
        void selectsFiltersCountsAndNestedPages() {
            both("Customer", "findMany", m("select", m("name", true, "_count", m("select", m("orders", true)),
                    "orders", m("where", m("paid", true), "orderBy", m("total", "desc"), "take", 2,
                            "select", m("total", true, "_count", m("select", m("products", true))))),
                    "where", m("isActive", true), "orderBy", m("id", "desc")), 2);
            both("Customer", "findMany", m("include", m("orders", m("orderBy", m("id", "asc"), "skip", 1, "take", -1)),
                    "orderBy", m("id", "asc")), 2);
            both("Customer", "findMany", m("include", m("orders", m("orderBy", m("date", "asc"), "skip", 1)),
                    "orderBy", m("id", "asc"), "take", -2), 2);
            both("Customer", "findMany", m("include", m("orders", m("where", m("status", "NEW"), "orderBy", m("id", "asc"))),
                    "where", m("id", m("in", List.of()))), 1);
            both("Customer", "findMany", m("include", m("orders", m("where", m("products", m("some", m("name", "Pad"))),
                    "orderBy", m("id", "asc"))), "orderBy", m("id", "asc")), 2);
        }

        @Test
        void findUniqueAndFindFirst() {
            both("Customer", "findUnique", m("where", m("id", 1), "include", m("orders", m("orderBy", m("id", "asc"),
                    "include", m("products", m("orderBy", m("id", "asc")))), "address", true)), 4,
                    // the unindexed orders read with their products in one statement (FlatPlan)
                    dialect().sendsQueriesTogether() && !dialect().indexesForeignKeys() ? 3 : 4);
            // where the database takes statements together, the orders of customer 99 are asked for with it
            assertThat(both("Customer", "findUnique", m("where", m("id", 99), "include", m("orders", true)),
                    dialect().sendsQueriesTogether() ? 2 : 1)).isNull();
            both("Order", "findFirst", m("where", m("paid", true), "orderBy", m("date", "desc"),
                    "include", m("customer", m("include", m("address", true)))), 3);
        }

        @Test
        @SuppressWarnings("unchecked")
        void relatedRecordsNamedByTheWhereAreReadWithTheirParentsAndStillFollowTheParents() {
            // the where pins the key the orders hang on: read in the same round trip where the database allows
            assertThat(both("Customer", "findUnique", m("where", m("id", 1, "name", "nobody"), "include", m("orders", true)),
                    dialect().sendsQueriesTogether() ? 2 : 1)).isNull();
            Map<String, Object> one = (Map<String, Object>) both("Customer", "findUnique", m("where", m("id", 1),
                    "include", m("orders", m("where", m("paid", true), "orderBy", m("id", "desc")))), 2);
            assertThat((List<Map<String, Object>>) one.get("orders")).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.get("paid")).isEqualTo(true))
                    .extracting(o -> (Integer) o.get("id")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            // the referencing side: every order of customer 1 names the same customer
            List<Map<String, Object>> orders = (List<Map<String, Object>>) both("Order", "findMany",
                    m("where", m("customerId", 1), "include", m("customer", true)), 2);
            assertThat(orders).isNotEmpty().allSatisfy(o -> assertThat(((Map<String, Object>) o.get("customer")).get("id")).isEqualTo(1));
            // levels below: their parents named by a subquery of the level above, the above level's where kept;
            // below the unindexed orders, the products joined into the orders' statement (FlatPlan)
            boolean flat = dialect().sendsQueriesTogether() && !dialect().indexesForeignKeys();
            Map<String, Object> deep = (Map<String, Object>) both("Customer", "findUnique", m("where", m("id", 1),
                    "include", m("orders", m("where", m("paid", true), "orderBy", m("id", "asc"),
                            "include", m("products", m("where", m("price", m("gt", 0)), "orderBy", m("id", "asc")))))), 3,
                    flat ? 2 : 3);
            assertThat((List<Map<String, Object>>) deep.get("orders")).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.get("paid")).isEqualTo(true));
            statements.clear();
            client.execute("Customer", "findUnique", m("where", m("id", 1), "relationLoadStrategy", "query",
                    "include", m("orders", m("where", m("paid", true), "include", m("products", true)))));
            if (flat) {
                assertThat(statements).as("Order.customerId has no index: the orders read once, with their products")
                        .hasSize(2);
                assertThat(statements.get(1)).contains("LEFT JOIN").doesNotContain(" IN (SELECT ");
            } else {
                assertThat(statements).hasSize(3);
                assertThat(statements.get(2)).as("Order.customerId has no index: the products wait for the orders' keys")
                        .doesNotContain(" IN (SELECT ");
            }
            // joined below a level with a composite id (its records told apart by both columns); a note without tags kept
            Map<String, Object> noted = (Map<String, Object>) both("Customer", "findUnique", m("where", m("id", 1),
                    "include", m("notes", m("orderBy", m("seq", "asc"), "include", m("tags", m("orderBy", m("id", "asc")))))), 3,
                    flat ? 2 : 3);
            assertThat((List<Map<String, Object>>) noted.get("notes"))
                    .extracting(n -> n.get("seq") + ":" + ((List<Map<String, Object>>) n.get("tags")).stream()
                            .map(t -> t.get("id").toString()).toList())
                    .containsExactly("1:[1, 2]", "2:[]", "3:[3]");
            both("Order", "findUnique", m("where", m("id", 1), "include", m("products", m("orderBy", m("id", "asc"),
                    "include", m("orders", m("orderBy", m("id", "asc")))))), 3);
            statements.clear();
            client.execute("Order", "findUnique", m("where", m("id", 1), "relationLoadStrategy", "query",
                    "include", m("products", m("include", m("orders", true)))));
            assertThat(statements).hasSize(3);
            assertThat(statements.get(2).contains(" IN (SELECT ")).as("the join table is indexed: " + statements.get(2))
                    .isEqualTo(dialect().sendsQueriesTogether());
            // a paged level in the middle: the level below waits for its rows
            both("Customer", "findUnique", m("where", m("id", 1), "include", m("orders", m("take", 2, "orderBy", m("id", "desc"),
                    "include", m("products", m("orderBy", m("id", "asc")))))), 3);
            // a take on the related records counts per parent
            Map<String, Object> first = (Map<String, Object>) both("Customer", "findUnique", m("where", m("id", 1),
                    "include", m("orders", m("take", 1, "orderBy", m("id", "asc")))), 2);
            assertThat((List<Map<String, Object>>) first.get("orders")).hasSize(1);
        }

        @Test
        void thePlannerChoosesJoinOnlyForFewParentsAndIndexedLookups() {
            boolean lateral = dialect().supportsLateralJoin();
            client.execute("Order", "findUnique", m("where", m("id", 1), "include", m("customer", m("include", m("address", true)))));
            assertThat(statements).as("ids and the unique Address.customerId").hasSize(lateral ? 1 : 3);
            statements.clear();
            client.execute("Product", "findMany", m("take", 5, "include", m("orders", true)));
            assertThat(statements).as("one level: \"join\" would save one round trip, cheaper than its JSON").hasSize(2);
            statements.clear();
            client.execute("Product", "findMany", m("take", 5, "include", m("orders", m("take", 2, "include", m("customer", true)))));
            assertThat(statements).as("two levels, 5 x 2 parents, the implicit join table and ids indexed").hasSize(lateral ? 1 : 3);
            statements.clear();
            client.execute("Customer", "findMany", m("include", m("address", true)));
            assertThat(statements).as("unbounded parents").hasSize(2);
            statements.clear();
            client.execute("Product", "findMany", m("take", 11, "include", m("orders", true)));
            assertThat(statements).as("more than 10 parents").hasSize(2);
            statements.clear();
            client.execute("Order", "findUnique", m("where", m("id", 1), "include", m("products", true)));
            assertThat(statements).as("the where names the products' parent key: \"query\" reads them in the same round trip"
                    + " where the database takes statements together, so \"join\" would save nothing").hasSize(2);
            statements.clear();
            client.execute("Customer", "findUnique", m("where", m("id", 1), "include", m("orders", true)));
            assertThat(statements).as("Order.customerId has no index: a scan per parent").hasSize(2);
            statements.clear();
            client.execute("Order", "findUnique", m("where", m("id", 1), "include", m("customer", m("include", m("orders", true)))));
            assertThat(statements).as("one unindexed level makes it query-per-level").hasSize(3);
            statements.clear();
            client.execute("Order", "findMany", m("take", 2, "include", m("products", m("take", 5, "include", m("orders", true)))));
            assertThat(statements).as("2 orders x 5 products = 10 parents of the last level").hasSize(lateral ? 1 : 3);
            statements.clear();
            client.execute("Order", "findMany", m("take", 2, "include", m("products", m("include", m("orders", true)))));
            assertThat(statements).as("any number of products").hasSize(3);
        }

        @Test
        void typedReadsNameTheStrategyToo() {
            Model customer = schema.model("Customer").orElseThrow();
            Model order = schema.model("Order").orElseThrow();
            ReadArgs args = new ReadArgs(customer);
            args.include(customer.relationFields().stream().filter(f -> f.name().equals("orders")).findFirst().orElseThrow(),
                    ReadQuery.all(order));
            args.relationLoadStrategy(RelationLoadStrategy.JOIN);
            List<Map<String, Object>> joined = client.findMany(args.toQuery());
            assertThat(statements).hasSize(1);
            args.relationLoadStrategy(RelationLoadStrategy.QUERY);
            statements.clear();
            assertThat(client.findMany(args.toQuery())).hasSize(joined.size());
            assertThat(statements).hasSize(2);
        }

        @Test
        void anUnknownStrategyIsAValidationError() {
            assertThatThrownBy(() -> client.execute("Customer", "findMany", m("relationLoadStrategy", "lateral")))
                    .isInstanceOf(RefractValidationException.class).hasMessageContaining("relationLoadStrategy");
            assertThatThrownBy(() -> client.execute("Customer", "findMany",
                    m("include", m("orders", m("relationLoadStrategy", "join")))))
                    .isInstanceOf(RefractValidationException.class);
        }
    }

    @Nested
    @PostgresTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Postgres extends OnDatabase {
        private final TestDatabase db;

        Postgres(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.POSTGRESQL;
        }
    }

    @Nested
    @MySqlTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MySql extends OnDatabase {
        private final TestDatabase db;

        MySql(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.MYSQL;
        }
    }

    @Nested
    @SqliteTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Sqlite extends OnDatabase {
        private final TestDatabase db;

        Sqlite(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.SQLITE;
        }
    }
}
