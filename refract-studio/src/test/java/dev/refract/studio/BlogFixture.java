package dev.refract.studio;

import dev.refract.client.RefractClient;
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
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The blog example's schema on a test database, created by the migration engine and seeded:
 *
 * <pre>
 * User 1..12: u01@blog.io .. u12@blog.io, "User 01".."User 12" (user 3 has no name), user 1 ADMIN
 * Post 1..30: "Post 01".."Post 30", author (i % 3) + 1, published when i is even
 * Category 1 news (posts 1, 2), 2 tech (post 3)
 * Profile 1 of user 1
 * </pre>
 *
 * A client on the database's URL (the shared pool, as {@code refract studio} opens it).
 */
final class BlogFixture {
    static final Instant DAY1 = Instant.parse("2024-01-01T10:00:00Z");
    static final int USERS = 12;
    static final int POSTS = 30;

    private BlogFixture() {
    }

    static Schema schema(Provider provider) throws IOException {
        Path file = Path.of("../examples/blog/prisma/schema.prisma");
        String text = Files.readString(file).replace("provider = \"sqlite\"", "provider = \"" + provider.id() + "\"")
                .replace("\"file:./dev.db\"", provider == Provider.SQLITE ? "\"file:./dev.db\"" : "\"" + provider.id() + "://localhost/x\"");
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    /** Creates the tables on {@code db}, seeds them, and returns a client on its URL. */
    static RefractClient create(TestDatabase db, Provider provider) throws Exception {
        Schema schema = schema(provider);
        Dialect dialect = Dialect.of(provider);
        SqlSchema target = SqlSchemaCalculator.calculate(schema, dialect);
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, target));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        try (Connection c = db.open()) {
            seed(c, dialect);
            if (provider == Provider.POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    for (String table : List.of("User", "Post", "Category", "Profile")) {
                        s.execute("SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'id'), 1000)");
                    }
                }
            }
        }
        return RefractClient.builder(schema, ConnectionUrl.parse(db.prismaUrl())).build();
    }

    private static void seed(Connection c, Dialect dialect) throws SQLException {
        for (int i = 1; i <= USERS; i++) {
            String n = String.format("%02d", i);
            insert(c, dialect, "User", List.of("id", "email", "name", "password", "role", "createdAt", "updatedAt"),
                    i, "u" + n + "@blog.io", i == 3 ? null : "User " + n, "secret", new EnumValue(i == 1 ? "ADMIN" : "USER"),
                    DAY1.plusSeconds(86400L * i), DAY1);
        }
        for (int i = 1; i <= POSTS; i++) {
            insert(c, dialect, "Post", List.of("id", "title", "content", "published", "authorId", "createdAt", "updatedAt"),
                    i, String.format("Post %02d", i), i % 5 == 0 ? null : "text " + i, i % 2 == 0, (i % 3) + 1,
                    DAY1.plusSeconds(3600L * i), DAY1);
        }
        insert(c, dialect, "Category", List.of("id", "name"), 1, "news");
        insert(c, dialect, "Category", List.of("id", "name"), 2, "tech");
        for (int[] link : new int[][] {{1, 1}, {1, 2}, {2, 3}}) {
            insert(c, dialect, "_CategoryToPost", List.of("A", "B"), link[0], link[1]);
        }
        insert(c, dialect, "Profile", List.of("id", "bio", "userId"), 1, "ann bio", 1);
    }

    static void insert(Connection c, Dialect dialect, String table, List<String> columns, Object... values) throws SQLException {
        List<Expr> row = Arrays.stream(values).map(v -> (Expr) Expr.param(v)).toList();
        RenderedSql sql = SqlRenderer.render(dialect, new Insert(TableRef.of(table), columns, List.of(row), null, List.of()));
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                dialect.values().bind(ps, i + 1, sql.parameters().get(i));
            }
            ps.executeUpdate();
        }
    }

    /** One value straight from the database (JDBC, not through Studio or the client). */
    static Object scalar(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    static long count(TestDatabase db, String table) throws SQLException {
        return ((Number) scalar(db, "SELECT COUNT(*) FROM " + quote(db, table))).longValue();
    }

    static String quote(TestDatabase db, String name) {
        return db.kind().name().equals("MYSQL") ? "`" + name + "`" : "\"" + name + "\"";
    }
}
