package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated blog client, compiled with javac, on SQLite: relation counts ({@code _count} in include
 * and select, filtered, nested, after a write), {@code omit}, and batch transactions (typed results,
 * one transaction: a failing operation rolls back the ones before it).
 */
class GeneratedClientShapesSqliteTest {
    @TempDir
    static Path dir;

    private static final String PROGRAM = """
            package demo;

            import dev.refract.client.FieldNotLoadedException;
            import dev.refract.client.RefractException;
            import dev.refract.client.typed.BatchOperation;
            import dev.refract.client.typed.BatchResults;
            import java.util.List;
            import java.util.Optional;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import refract.db.*;

            public class Shapes implements Function<String, String> {
                @Override
                public String apply(String url) {
                    Db db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    User ann = db.user().create(d -> d.email("ann@s.io").password("secret").name("Ann")
                            .posts(p -> p.create(c -> c.title("A1").published(true)).create(c -> c.title("A2"))),
                            s -> s.include(i -> i._count()));
                    out.append("created count ").append(ann._count().posts()).append('\\n');
                    db.user().create(d -> d.email("bob@s.io").password("secret").posts(p -> p.create(c -> c.title("B1").published(true))));
                    List<User> users = db.user().findMany(q -> q.include(i -> i._count(c -> c.posts(w -> w.published(true))))
                            .orderBy(o -> o.id().asc()));
                    out.append("published counts ").append(users.stream().map(u -> u.email() + "=" + u._count().posts())
                            .collect(Collectors.joining(" "))).append('\\n');
                    User selected = db.user().findFirstOrThrow(q -> q.select(s -> s.email()._count(c -> c.posts())).orderBy(o -> o.id().asc()));
                    out.append("select ").append(selected.email()).append(' ').append(selected._count().posts()).append(' ')
                            .append(selected.isLoaded("name")).append(' ').append(selected.isLoaded("_count")).append('\\n');
                    Post nested = db.post().findFirstOrThrow(q -> q.where(w -> w.title("A1"))
                            .include(i -> i.author(a -> a.include(ai -> ai._count()))._count()));
                    out.append("nested ").append(nested.author()._count().posts()).append(' ').append(nested._count().categories()).append('\\n');
                    User plain = db.user().findFirstOrThrow(q -> q.orderBy(o -> o.id().asc()));
                    try {
                        plain._count();
                        out.append("count read\\n");
                    } catch (FieldNotLoadedException e) {
                        out.append("not counted: ").append(e.getMessage()).append('\\n');
                    }
                    User omitted = db.user().findUniqueOrThrow(w -> w.email("ann@s.io"), s -> s.omit(o -> o.password().createdAt())
                            .include(i -> i.posts(p -> p.omit(o -> o.content()).orderBy(o -> o.id().asc()))));
                    out.append("omit ").append(omitted.email()).append(' ').append(omitted.isLoaded("password")).append(' ')
                            .append(omitted.isLoaded("createdAt")).append(' ').append(omitted.posts().size()).append(' ')
                            .append(omitted.posts().get(0).isLoaded("content")).append(' ').append(omitted.posts().get(0).title()).append('\\n');
                    try {
                        omitted.password();
                        out.append("password read\\n");
                    } catch (FieldNotLoadedException e) {
                        out.append("password not loaded\\n");
                    }
                    List<User> many = db.user().findMany(q -> q.omit(o -> o.password()).orderBy(o -> o.id().asc()));
                    out.append("omit many ").append(many.size()).append(' ').append(many.get(1).email()).append(' ')
                            .append(many.get(1).isLoaded("password")).append('\\n');
                    try {
                        db.user().findMany(q -> q.omit(o -> o.password()).select(s -> s.email()));
                        out.append("omit and select ran\\n");
                    } catch (dev.refract.client.RefractException e) {
                        out.append("omit and select: ").append(e.code()).append(' ')
                                .append(e.getMessage().contains("Please either use `omit` or `select`, but not both")).append('\\n');
                    }

                    BatchOperation<User> cid = db.user().createOp(d -> d.email("cid@s.io").password("secret"));
                    BatchOperation<Long> publishAll = db.post().updateManyOp(w -> w.published(false), d -> d.published(true));
                    BatchOperation<List<Post>> posts = db.post().findManyOp(q -> q.where(w -> w.published(true)).orderBy(o -> o.id().asc()));
                    BatchOperation<Long> userCount = db.user().countOp(c -> { });
                    BatchOperation<Optional<User>> bob = db.user().findUniqueOp(w -> w.email("bob@s.io"), s -> s.include(i -> i._count()));
                    BatchResults results = db.transaction(List.of(cid, publishAll, posts, userCount, bob));
                    out.append("batch ").append(results.size()).append(' ').append(results.get(cid).email()).append(' ')
                            .append(results.get(publishAll)).append(' ').append(results.get(posts).size()).append(' ')
                            .append(results.get(userCount)).append(' ').append(results.get(bob).map(u -> u._count().posts()).orElse(-1))
                            .append(' ').append(results.get(0) instanceof User).append('\\n');
                    BatchResults varargs = db.transaction(db.post().deleteManyOp(w -> w.title("B1")), db.post().countOp(c -> { }));
                    out.append("varargs ").append(varargs.list()).append('\\n');
                    try {
                        db.transaction(List.of(
                                db.user().createOp(d -> d.email("dan@s.io").password("secret")),
                                db.post().deleteManyOp(w -> w.title().startsWith("A")),
                                db.user().createOp(d -> d.email("ann@s.io").password("dup"))));
                        out.append("batch committed\\n");
                    } catch (RefractException e) {
                        out.append("batch failed ").append(e.code()).append('\\n');
                    }
                    out.append("after ").append(db.user().count(c -> c.where(w -> w.email("dan@s.io")))).append(' ')
                            .append(db.post().count()).append('\\n');
                    User upserted = db.transaction(db.user().upsertOp(w -> w.email("eve@s.io"), c -> c.email("eve@s.io").password("p"),
                            u -> u.name("Eve")), db.user().deleteOp(w -> w.email("cid@s.io"))).list().stream()
                            .map(User.class::cast).findFirst().orElseThrow();
                    out.append("upsert+delete ").append(upserted.email()).append(' ').append(db.user().count()).append('\\n');
                    return out.toString();
                }
            }
            """;

    @Test
    @SuppressWarnings("unchecked")
    void relationCountsOmitAndBatchTransactions() throws Exception {
        Schema schema = BlogSchema.schema();
        Dialect dialect = Dialect.of(Provider.SQLITE);
        String url = "file:" + Files.createFile(dir.resolve("shapes.db")).toAbsolutePath();
        String script = MigrationRenderer.of(dialect).script(
                SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(url))) {
            dialect.connections().runScript(c, script);
        }
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("build"), BlogSchema.generate(), Map.of("demo/Shapes.java", PROGRAM));
        assertThat(result.errors()).isEmpty();
        Function<String, String> program = (Function<String, String>) result.loader().loadClass("demo.Shapes")
                .getDeclaredConstructor().newInstance();
        assertThat(program.apply(url).lines().toList()).containsExactly(
                "created count 2",
                "published counts ann@s.io=1 bob@s.io=1",
                "select ann@s.io 2 false true",
                "nested 2 0",
                "not counted: The field `_count` of User was not loaded by the query that read this record: select it, or include the relation",
                "omit ann@s.io false false 2 false A1",
                "password not loaded",
                "omit many 2 bob@s.io false",
                "omit and select: P2009 true",
                "batch 5 cid@s.io 1 3 3 1 true",
                "varargs [1, 2]",
                "batch failed P2002",
                "after 0 2",
                "upsert+delete eve@s.io 3");
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(url));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM Post WHERE title LIKE 'A%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the failed batch's deleteMany was rolled back").isEqualTo(2);
        }
    }
}
