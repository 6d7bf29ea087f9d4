package dev.refract.client;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.TableRef;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.values.EnumValue;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The blog example's schema on one test database, created by the migration engine and seeded with
 * a few rows; a client that records the statements it sends.
 *
 * <pre>
 * User 1 ann@x.io  "Ann"  ADMIN  posts 1 Hello (published), 2 Draft, 3 Second (published)  profile "ann bio"
 * User 2 bob@y.io  null   USER   posts 4 Bob's (published)                                   profile "bob bio"
 * User 3 Cid@X.io  "cid"  USER   no posts
 * User 4 dee@z.io  "Dee"  USER   no posts
 * Category 1 news: posts 1, 4; 2 tech: posts 1, 3; 3 empty: none
 * </pre>
 */
public abstract class BlogDatabase {
    public static final Instant DAY1 = Instant.parse("2024-01-01T10:00:00Z");

    protected Schema schema;
    protected RefractClient client;
    protected final List<String> statements = new ArrayList<>();

    protected abstract TestDatabase db();

    protected abstract Provider provider();

    protected Dialect dialect() {
        return Dialect.of(provider());
    }

    /** The client's chunk size for parent keys; small in the chunking test. */
    protected int chunkSize() {
        return RefractClient.DEFAULT_CHUNK_SIZE;
    }

    static Schema blogSchema(Provider provider) throws IOException {
        Path file = Path.of("../examples/blog/prisma/schema.prisma");
        String text = Files.readString(file).replace("provider = \"sqlite\"", "provider = \"" + provider.id() + "\"")
                .replace("\"file:./dev.db\"", provider == Provider.SQLITE ? "\"file:./dev.db\"" : "\"" + provider.id() + "://localhost/x\"");
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    @BeforeAll
    void createAndSeed() throws Exception {
        schema = blogSchema(provider());
        Dialect dialect = dialect();
        SqlSchema target = SqlSchemaCalculator.calculate(schema, dialect);
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, target));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db().prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        try (Connection c = db().open()) {
            seed(c);
            afterSeed(c);
        }
        client = RefractClient.builder(schema, connectionSource()).chunkSize(chunkSize())
                .statementListener((sql, params, duration) -> statements.add(sql)).build();
    }

    @BeforeEach
    void forgetStatements() {
        statements.clear();
    }

    /** Where the client's connections come from. */
    protected ConnectionSource connectionSource() {
        return db()::open;
    }

    /** SQLite connections with foreign keys enforced, as Prisma opens them. */
    protected ConnectionSource sqliteWithForeignKeys() {
        return () -> {
            Connection c = db().open();
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            return c;
        };
    }

    /** After the seed rows are in: PostgreSQL's write tests move the id sequences past the seeded ids. */
    protected void afterSeed(Connection c) throws SQLException {
    }

    private void seed(Connection c) throws SQLException {
        String[] emails = {"ann@x.io", "bob@y.io", "Cid@X.io", "dee@z.io"};
        String[] names = {"Ann", null, "cid", "Dee"};
        for (int i = 0; i < 4; i++) {
            insert(c, "User", List.of("id", "email", "name", "password", "role", "createdAt", "updatedAt"),
                    i + 1, emails[i], names[i], "secret", new EnumValue(i == 0 ? "ADMIN" : "USER"),
                    DAY1.plusSeconds(86400L * i), DAY1);
        }
        Object[][] posts = {{1, "Hello", "hi", true, 1}, {2, "Draft", null, false, 1}, {3, "Second", "two", true, 1},
            {4, "Bob's", null, true, 2}};
        for (Object[] p : posts) {
            insert(c, "Post", List.of("id", "title", "content", "published", "authorId", "createdAt", "updatedAt"),
                    p[0], p[1], p[2], p[3], p[4], DAY1.plusSeconds(3600L * (Integer) p[0]), DAY1);
        }
        for (Object[] cat : new Object[][] {{1, "news"}, {2, "tech"}, {3, "empty"}}) {
            insert(c, "Category", List.of("id", "name"), cat);
        }
        for (int[] link : new int[][] {{1, 1}, {1, 4}, {2, 1}, {2, 3}}) {
            insert(c, "_CategoryToPost", List.of("A", "B"), link[0], link[1]);
        }
        insert(c, "Profile", List.of("id", "bio", "userId"), 1, "ann bio", 1);
        insert(c, "Profile", List.of("id", "bio", "userId"), 2, "bob bio", 2);
    }

    protected void insert(Connection c, String table, List<String> columns, Object... values) throws SQLException {
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
    protected List<Map<String, Object>> many(String model, Map<String, Object> args) {
        return (List<Map<String, Object>>) client.execute(model, "findMany", args);
    }

    /** The values of one field of each record, in order. */
    protected List<Object> ids(String model, Map<String, Object> args) {
        return many(model, args).stream().map(r -> r.get("id")).toList();
    }
}
