package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.model.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated facade's raw SQL and the delegates' streams, compiled with javac, on SQLite. */
class GeneratedRawStreamSqliteTest {

    private static final String PROGRAM = """
            package demo;

            import dev.refract.client.Sql;
            import java.time.Instant;
            import java.util.List;
            import java.util.Map;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import java.util.stream.Stream;
            import refract.db.*;

            public class RawAndStream implements Function<String, String> {
                record Titles(int authorId, long posts) {
                }

                @Override
                public String apply(String url) {
                    Db db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    List<Map<String, Object>> rows = db.queryRaw(Sql.of("SELECT email FROM User WHERE id = ", 2));
                    out.append("raw ").append(rows).append('\\n');
                    List<Titles> titles = db.queryRaw(Sql.of("SELECT authorId AS author_id, COUNT(*) AS posts FROM Post"
                            + " WHERE published = ", true, " GROUP BY authorId ORDER BY authorId"), Titles.class);
                    out.append("records ").append(titles).append('\\n');
                    int changed = db.transaction(tx -> tx.executeRaw(Sql.of("UPDATE Post SET content = ", "raw", " WHERE authorId = ", 1)));
                    out.append("executeRaw ").append(changed).append('\\n');
                    out.append("unsafe ").append(db.queryRawUnsafe("SELECT COUNT(*) AS n FROM Post WHERE content = ?", "raw")).append('\\n');
                    try (Stream<User> users = db.user().stream(q -> q.include(i -> i.posts(p -> p.orderBy(o -> o.id().asc())))
                            .orderBy(o -> o.id().asc()))) {
                        out.append("stream ").append(users.map(u -> u.email() + u.posts().stream().map(Post::title)
                                .collect(Collectors.joining(",", "[", "]"))).collect(Collectors.joining(" "))).append('\\n');
                    }
                    try (Stream<Post> posts = db.post().stream()) {
                        out.append("all ").append(posts.count()).append('\\n');
                    }
                    return out.toString();
                }
            }
            """;

    @Test
    @SuppressWarnings("unchecked")
    void rawQueriesAndStreams(@TempDir Path dir) throws Exception {
        Dialect dialect = Dialect.of(Provider.SQLITE);
        String url = "file:" + Files.createFile(dir.resolve("blog.db")).toAbsolutePath();
        String script = MigrationRenderer.of(dialect).script(
                SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(BlogSchema.schema(), dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(url)); Statement s = c.createStatement()) {
            dialect.connections().runScript(c, script);
            s.executeUpdate("INSERT INTO User (id, email, name, password, role, createdAt, updatedAt) VALUES"
                    + " (1, 'ann@x.io', 'Ann', 's', 'ADMIN', 0, 0), (2, 'bob@y.io', 'Bob', 's', 'USER', 0, 0)");
            s.executeUpdate("INSERT INTO Post (id, title, content, published, authorId, createdAt, updatedAt) VALUES"
                    + " (1, 'Hello', NULL, 1, 1, 0, 0), (2, 'Draft', NULL, 0, 1, 0, 0), (3, 'Bob''s', NULL, 1, 2, 0, 0)");
        }
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("build"), BlogSchema.generate(),
                Map.of("demo/RawAndStream.java", PROGRAM));
        assertThat(result.errors()).isEmpty();
        Function<String, String> program = (Function<String, String>) result.loader().loadClass("demo.RawAndStream")
                .getDeclaredConstructor().newInstance();
        List<String> lines = program.apply(url).lines().toList();
        assertThat(lines).containsExactly(
                "raw [{email=bob@y.io}]",
                "records [Titles[authorId=1, posts=1], Titles[authorId=2, posts=1]]",
                "executeRaw 2",
                "unsafe [{n=2}]",
                "stream ann@x.io[Hello,Draft] bob@y.io[Bob's]",
                "all 3");
    }
}
