package dev.refract.client;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.TableRef;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Books with numbers of every kind (Int, BigInt, Float, Decimal), optional values, and authors with
 * agents: the data of the aggregate, groupBy and relation-order tests. The same schema and rows
 * were given to Prisma 7.10 to read the expected results.
 *
 * <pre>
 * Agent 1 Ada, 2 Bo
 * Author 1 Ann UK agent Bo; 2 Ben (no country) agent Ada; 3 Cy US no agent
 * Book id title genre pages price  rating sold        publishedAt  author
 *      1  A     fic   100   10.50  4.5    1000        2024-01-01   Ann
 *      2  B     fic   200   20.25  null   3000000000  null         Ann
 *      3  C     sci   null  null   3.0    5           2024-02-01   Ben
 *      4  D     sci   300   5.00   2.0    7           2023-05-01   none
 *      5  E     bio   50    1.10   5.0    0           null         Cy
 * </pre>
 */
public abstract class BookstoreDatabase {
    static final String SCHEMA = """
            datasource db {
              provider = "PROVIDER"
              url      = "URL"
            }

            model Author {
              id      Int     @id
              name    String
              country String?
              books   Book[]
              agent   Agent?  @relation(fields: [agentId], references: [id])
              agentId Int?
            }

            model Agent {
              id      Int      @id
              name    String
              authors Author[]
            }

            model Book {
              id          Int       @id
              title       String
              genre       String
              pages       Int?
              price       Decimal?
              rating      Float?
              sold        BigInt
              publishedAt DateTime?
              author      Author?   @relation(fields: [authorId], references: [id])
              authorId    Int?
            }
            """;

    protected Schema schema;
    protected RefractClient client;
    protected final List<String> statements = new ArrayList<>();

    protected abstract TestDatabase db();

    protected abstract Provider provider();

    protected Dialect dialect() {
        return Dialect.of(provider());
    }

    static Schema bookstoreSchema(Provider provider) {
        String url = provider == Provider.SQLITE ? "file:./dev.db" : provider.id() + "://localhost/x";
        ValidationResult result = PrismaSchema.validate("schema.prisma", SCHEMA.replace("PROVIDER", provider.id()).replace("URL", url));
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    @BeforeAll
    void createAndSeed() throws Exception {
        schema = bookstoreSchema(provider());
        Dialect dialect = dialect();
        SqlSchema target = SqlSchemaCalculator.calculate(schema, dialect);
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, target));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db().prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        try (Connection c = db().open()) {
            seed(c);
        }
        client = RefractClient.builder(schema, (ConnectionSource) db()::open)
                .statementListener((sql, params, duration) -> statements.add(sql)).build();
    }

    @BeforeEach
    void forgetStatements() {
        statements.clear();
    }

    private void seed(Connection c) throws SQLException {
        insert(c, "Agent", List.of("id", "name"), 1, "Ada");
        insert(c, "Agent", List.of("id", "name"), 2, "Bo");
        insert(c, "Author", List.of("id", "name", "country", "agentId"), 1, "Ann", "UK", 2);
        insert(c, "Author", List.of("id", "name", "country", "agentId"), 2, "Ben", null, 1);
        insert(c, "Author", List.of("id", "name", "country", "agentId"), 3, "Cy", "US", null);
        List<String> columns = List.of("id", "title", "genre", "pages", "price", "rating", "sold", "publishedAt", "authorId");
        insert(c, "Book", columns, 1, "A", "fic", 100, new BigDecimal("10.50"), 4.5, 1000L, Instant.parse("2024-01-01T00:00:00Z"), 1);
        insert(c, "Book", columns, 2, "B", "fic", 200, new BigDecimal("20.25"), null, 3_000_000_000L, null, 1);
        insert(c, "Book", columns, 3, "C", "sci", null, null, 3.0, 5L, Instant.parse("2024-02-01T00:00:00Z"), 2);
        insert(c, "Book", columns, 4, "D", "sci", 300, new BigDecimal("5.00"), 2.0, 7L, Instant.parse("2023-05-01T00:00:00Z"), null);
        insert(c, "Book", columns, 5, "E", "bio", 50, new BigDecimal("1.10"), 5.0, 0L, null, 3);
    }

    private void insert(Connection c, String table, List<String> columns, Object... values) throws SQLException {
        List<Expr> row = Arrays.stream(values).map(v -> (Expr) Expr.param(v)).toList();
        RenderedSql sql = SqlRenderer.render(dialect(), new Insert(TableRef.of(table), columns, List.of(row), null, List.of()));
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                dialect().values().bind(ps, i + 1, sql.parameters().get(i));
            }
            ps.executeUpdate();
        }
    }

    /** A map from alternating keys and values, in order; values may be null. */
    protected static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> aggregate(String model, Map<String, Object> args) {
        return (Map<String, Object>) client.execute(model, "aggregate", args);
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> groupBy(String model, Map<String, Object> args) {
        return (List<Map<String, Object>>) client.execute(model, "groupBy", args);
    }

    @SuppressWarnings("unchecked")
    protected List<Object> ids(String model, Map<String, Object> args) {
        return ((List<Map<String, Object>>) client.execute(model, "findMany", args)).stream().map(r -> r.get("id")).toList();
    }
}
