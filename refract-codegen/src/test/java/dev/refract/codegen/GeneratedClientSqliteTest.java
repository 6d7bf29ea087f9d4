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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated blog client, compiled with javac, reads a SQLite database created by the migration
 * engine: filters, ordering, includes at two levels, select, findUnique, count, and the
 * FieldNotLoadedException of a relation that was not included; and, on a database of its own,
 * typed writes (nested creates, atomic increment, nested connect, update, createMany, updateMany
 * and deleteMany, upsert, delete, createMany(AndReturn)/updateMany/deleteMany) and a transaction rolled back by an exception;
 * aggregate, groupBy with having and aggregate order, count with select, distinct and relation orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientSqliteTest {
    @TempDir
    static Path dir;
    private String url;
    private String writesUrl;
    private ClassLoader loader;

    private static final String PROGRAM = """
            package demo;

            import dev.refract.client.FieldNotLoadedException;
            import java.util.List;
            import java.util.Optional;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import refract.db.*;

            public class Demo implements Function<String, String> {
                @Override
                public String apply(String url) {
                    Db db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    List<User> users = db.user().findMany(q -> q
                            .where(w -> w.email().contains("@x.io"))
                            .include(i -> i.posts(p -> p.where(w -> w.published(true)).orderBy(o -> o.id().desc())
                                    .include(pi -> pi.categories())))
                            .orderBy(o -> o.createdAt().desc()));
                    for (User u : users) {
                        out.append(u.email()).append(' ').append(u.role()).append(' ').append(u.name()).append(':');
                        for (Post p : u.posts()) {
                            out.append(' ').append(p.title()).append(p.categories().stream().map(Category::name)
                                    .collect(Collectors.joining(",", "[", "]")));
                        }
                        out.append('\\n');
                    }
                    Optional<User> bob = db.user().findUnique(w -> w.email("bob@y.io"), s -> s.include(i -> i.profile()));
                    out.append("unique ").append(bob.map(u -> u.name() + "/" + u.profile().bio()).orElse("-")).append('\\n');
                    out.append("missing ").append(db.user().findUnique(w -> w.id(99)).isPresent()).append('\\n');
                    out.append("count ").append(db.post().count(c -> c.where(w -> w.author().is(a -> a.role(Role.ADMIN))))).append('\\n');
                    out.append("some ").append(db.user().findMany(q -> q.where(w -> w.posts().some(p -> p.title().startsWith("Bob")))).size()).append('\\n');
                    out.append("or ").append(db.user().findMany(q -> q.where(w -> w.or(a -> a.id().lt(2), b -> b.name().isNull()))
                            .orderBy(o -> o.id().asc())).stream().map(u -> String.valueOf(u.id())).collect(Collectors.joining(","))).append('\\n');
                    User selected = db.user().findFirstOrThrow(q -> q.select(s -> s.email()).orderBy(o -> o.id().asc()));
                    out.append("select ").append(selected.email()).append(' ').append(selected.isLoaded("name")).append('\\n');
                    try {
                        selected.name();
                        out.append("name read\\n");
                    } catch (FieldNotLoadedException e) {
                        out.append("name not loaded\\n");
                    }
                    User plain = db.user().findFirstOrThrow(q -> q.orderBy(o -> o.id().asc()));
                    try {
                        plain.posts();
                        out.append("posts read\\n");
                    } catch (FieldNotLoadedException e) {
                        out.append("posts: ").append(e.getMessage()).append('\\n');
                    }
                    Post first = db.post().findMany(q -> q.include(i -> i.author()).orderBy(o -> o.published().asc())
                            .orderBy(o -> o.id().desc()).take(1)).get(0);
                    out.append("author ").append(first.author().email()).append(' ').append(first.content()).append('\\n');
                    return out.toString();
                }
            }
            """;

    private static final String WRITES = """
            package demo;

            import dev.refract.client.RefractException;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import refract.db.*;

            public class Writes implements Function<String, String> {
                @Override
                public String apply(String url) {
                    Db db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    User ann = db.user().create(d -> d.email("ann@w.io").password("s").name("Ann")
                            .posts(p -> p.create(c -> c.title("Hi").published(true)).create(c -> c.title("Draft"))),
                            s -> s.include(i -> i.posts(p -> p.orderBy(o -> o.id().asc()))));
                    out.append("created ").append(ann.email()).append(' ').append(ann.role()).append(' ')
                            .append(ann.createdAt().equals(ann.updatedAt()))
                            .append(ann.posts().stream().map(Post::title).collect(Collectors.joining(",", " [", "]"))).append('\\n');
                    User bob = db.user().create(d -> d.email("bob@w.io").password("s").role(Role.ADMIN)
                            .profile(p -> p.create(c -> c.bio("bob bio"))));
                    out.append("createMany ").append(db.category().createMany(m -> m.row(d -> d.name("news"))
                            .row(d -> d.name("tech")).row(d -> d.name("news")).skipDuplicates())).append('\\n');
                    Post hi = db.post().findFirstOrThrow(q -> q.where(w -> w.title("Hi")));
                    Post moved = db.post().update(w -> w.id(hi.id()), d -> d.authorId().increment(bob.id() - ann.id())
                            .categories(c -> c.connect(w -> w.name("news")).connectOrCreate(w -> w.name("java"), k -> k.name("java"))),
                            s -> s.include(i -> i.author().categories()));
                    out.append("moved ").append(moved.title()).append(' ').append(moved.author().email())
                            .append(moved.categories().stream().map(Category::name).sorted().collect(Collectors.joining(",", " [", "]")))
                            .append('\\n');
                    out.append("updateMany ").append(db.post().updateMany(w -> w.published(false), d -> d.published(true))).append('\\n');
                    User cid = db.user().upsert(w -> w.email("cid@w.io"), c -> c.email("cid@w.io").password("s"), u -> u.name("Cid"));
                    User cid2 = db.user().upsert(w -> w.email("cid@w.io"), c -> c.email("cid@w.io").password("s"), u -> u.name("Cid"));
                    out.append("upsert ").append(cid.name()).append(' ').append(cid2.name()).append(' ').append(cid.id() == cid2.id()).append('\\n');
                    User bio = db.user().update(w -> w.email("bob@w.io"), d -> d.profile(p -> p.update(u -> u.bio("new bio"))),
                            s -> s.include(i -> i.profile()));
                    out.append("nested update ").append(bio.profile().bio()).append('\\n');
                    User more = db.user().update(w -> w.email("bob@w.io"), d -> d.posts(p -> p
                            .createMany(m -> m.row(c -> c.title("B1")).row(c -> c.title("B2")))
                            .updateMany(w -> w.title().startsWith("B"), u -> u.content("bulk"))),
                            s -> s.include(i -> i.posts(p -> p.orderBy(o -> o.id().asc()))));
                    out.append("nested many").append(more.posts().stream().map(p -> p.title() + ":" + p.content())
                            .collect(Collectors.joining(",", " [", "]"))).append('\\n');
                    db.user().update(w -> w.email("bob@w.io"), d -> d.posts(p -> p.deleteMany(w -> w.title().startsWith("B"))));
                    out.append("nested deleteMany ").append(db.post().count(c -> c.where(w -> w.authorId(bob.id())))).append('\\n');
                    out.append("createManyAndReturn ").append(db.category().createManyAndReturn(m -> m.row(d -> d.name("misc")))
                            .get(0).name()).append('\\n');
                    out.append("deleted ").append(db.post().delete(w -> w.id(hi.id())).title()).append('\\n');
                    try {
                        db.post().delete(w -> w.id(hi.id()));
                    } catch (RefractException e) {
                        out.append("delete again ").append(e.code()).append('\\n');
                    }
                    try {
                        db.user().create(d -> d.email("x@w.io"));
                    } catch (RefractException e) {
                        out.append("missing ").append(e.code()).append(' ').append(e.getMessage()).append('\\n');
                    }
                    try {
                        db.transaction(tx -> {
                            tx.user().create(d -> d.email("dan@w.io").password("s"));
                            out.append("inside ").append(tx.user().count(c -> c.where(w -> w.email("dan@w.io")))).append('\\n');
                            tx.post().deleteMany();
                            throw new IllegalStateException("boom");
                        });
                    } catch (IllegalStateException e) {
                        out.append("rolled back ").append(e.getMessage()).append('\\n');
                    }
                    String committed = db.transaction(tx -> tx.user().update(w -> w.email("cid@w.io"), d -> d.name("Cid C")).name());
                    out.append("committed ").append(committed).append('\\n');
                    out.append("deleteMany ").append(db.category().deleteMany(w -> w.name().startsWith("t"))).append('\\n');
                    out.append("users ").append(db.user().count()).append(" posts ").append(db.post().count()).append('\\n');
                    return out.toString();
                }
            }
            """;

    private static final String AGGREGATES = """
            package demo;

            import java.util.List;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import refract.db.*;

            public class Aggregates implements Function<String, String> {
                @Override
                public String apply(String url) {
                    Db db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    PostAggregates a = db.post().aggregate(q -> q.where(w -> w.published(true))
                            ._count(c -> c._all().content())._avg(f -> f.authorId())._sum(f -> f.id())._max(f -> f.title()));
                    out.append("aggregate ").append(a._count()._all()).append(' ').append(a._count().content()).append(' ')
                            .append(a._avg().authorId()).append(' ').append(a._sum().id()).append(' ').append(a._max().title())
                            .append(' ').append(a._min()).append('\\n');
                    List<PostGroup> byAuthor = db.post().groupBy(g -> g.by(PostField.authorId)._count(c -> c._all())
                            .having(h -> h.id()._count().gt(0)).orderBy(o -> o._count(c -> c.id()).desc()));
                    out.append("groups ").append(byAuthor.stream().map(p -> p.authorId() + ":" + p._count()._all())
                            .collect(Collectors.joining(" "))).append('\\n');
                    List<UserGroup> roles = db.user().groupBy(g -> g.by(UserField.role)._min(f -> f.email()).orderBy(o -> o.role().asc()));
                    out.append("roles ").append(roles.stream().map(r -> r.role() + ":" + r._min().email())
                            .collect(Collectors.joining(" "))).append('\\n');
                    UserAggregates.Counts counts = db.user().count(c -> c.where(w -> w.id().gt(1)), f -> f._all().name());
                    out.append("counts ").append(counts._all()).append(' ').append(counts.name()).append('\\n');
                    out.append("count ").append(db.post().count(c -> c.orderBy(o -> o.id().asc()).skip(1).take(2))).append('\\n');
                    List<Post> distinct = db.post().findMany(q -> q.distinct(PostField.authorId)
                            .orderBy(o -> o.author(u -> u.email().desc())).orderBy(o -> o.id().asc()));
                    out.append("distinct ").append(distinct.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(",")))
                            .append('\\n');
                    List<User> busiest = db.user().findMany(q -> q.orderBy(o -> o.posts()._count().desc()).orderBy(o -> o.id().asc()));
                    out.append("by posts ").append(busiest.stream().map(u -> String.valueOf(u.id())).collect(Collectors.joining(",")))
                            .append('\\n');
                    List<PostGroup> published = db.post().groupBy(g -> g.by(PostField.published).having(h -> h.where(w -> w.published(true))));
                    out.append("published ").append(published.get(0).published()).append(' ').append(published.size()).append('\\n');
                    return out.toString();
                }
            }
            """;

    @BeforeAll
    void createSeedAndCompile() throws Exception {
        Schema schema = BlogSchema.schema();
        Dialect dialect = Dialect.of(Provider.SQLITE);
        url = "file:" + java.nio.file.Files.createFile(dir.resolve("blog.db")).toAbsolutePath();
        writesUrl = "file:" + java.nio.file.Files.createFile(dir.resolve("writes.db")).toAbsolutePath();
        String script = MigrationRenderer.of(dialect).script(
                SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(writesUrl))) {
            dialect.connections().runScript(c, script);
        }
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(url))) {
            dialect.connections().runScript(c, script);
            try (Statement s = c.createStatement()) {
                long day = 86_400_000L;
                long t0 = 1_704_103_200_000L;
                s.executeUpdate("INSERT INTO User (id, email, name, password, role, createdAt, updatedAt) VALUES"
                        + " (1, 'ann@x.io', 'Ann', 's', 'ADMIN', " + t0 + ", " + t0 + "),"
                        + " (2, 'bob@y.io', 'Bob', 's', 'USER', " + (t0 + day) + ", " + t0 + "),"
                        + " (3, 'cid@x.io', NULL, 's', 'USER', " + (t0 + 2 * day) + ", " + t0 + ")");
                s.executeUpdate("INSERT INTO Post (id, title, content, published, authorId, createdAt, updatedAt) VALUES"
                        + " (1, 'Hello', 'hi', 1, 1, " + t0 + ", " + t0 + "),"
                        + " (2, 'Draft', NULL, 0, 1, " + t0 + ", " + t0 + "),"
                        + " (3, 'Second', 'two', 1, 1, " + t0 + ", " + t0 + "),"
                        + " (4, 'Bob''s', NULL, 1, 2, " + t0 + ", " + t0 + ")");
                s.executeUpdate("INSERT INTO Category (id, name) VALUES (1, 'news'), (2, 'tech')");
                s.executeUpdate("INSERT INTO _CategoryToPost (A, B) VALUES (1, 1), (2, 1), (2, 3)");
                s.executeUpdate("INSERT INTO Profile (id, bio, userId) VALUES (1, 'bob bio', 2)");
            }
        }
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("build"), BlogSchema.generate(),
                Map.of("demo/Demo.java", PROGRAM, "demo/Writes.java", WRITES, "demo/Aggregates.java", AGGREGATES));
        assertThat(result.errors()).isEmpty();
        loader = result.loader();
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsWithFiltersIncludesSelectAndCounts() throws Exception {
        Function<String, String> demo = (Function<String, String>) loader.loadClass("demo.Demo")
                .getDeclaredConstructor().newInstance();
        List<String> lines = demo.apply(url).lines().toList();
        assertThat(lines).containsExactly(
                "cid@x.io USER null:",
                "ann@x.io ADMIN Ann: Second[tech] Hello[news,tech]",
                "unique Bob/bob bio",
                "missing false",
                "count 3",
                "some 1",
                "or 1,3",
                "select ann@x.io false",
                "name not loaded",
                "posts: The field `posts` of User was not loaded by the query that read this record: select it, or include the relation",
                "author ann@x.io null");
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesNestedWritesAndTransactions() throws Exception {
        Function<String, String> writes = (Function<String, String>) loader.loadClass("demo.Writes")
                .getDeclaredConstructor().newInstance();
        List<String> lines = writes.apply(writesUrl).lines().toList();
        assertThat(lines).containsExactly(
                "created ann@w.io USER true [Hi,Draft]",
                "createMany 2",
                "moved Hi bob@w.io [java,news]",
                "updateMany 1",
                "upsert null Cid true",
                "nested update new bio",
                "nested many [Hi:null,B1:bulk,B2:bulk]",
                "nested deleteMany 1",
                "createManyAndReturn misc",
                "deleted Hi",
                "delete again P2025",
                "missing P2009 Failed to validate the query: `Argument `password` is missing.` at `password`",
                "inside 1",
                "rolled back boom",
                "committed Cid C",
                "deleteMany 1",
                "users 3 posts 1");
        Dialect dialect = Dialect.of(Provider.SQLITE);
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(writesUrl));
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM User WHERE email = 'dan@w.io'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the rolled back create").isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT title, published FROM Post")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Draft");
                assertThat(rs.getBoolean(2)).isTrue();
                assertThat(rs.next()).as("the rolled back deleteMany left the post").isFalse();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aggregatesGroupsCountsDistinctAndRelationOrder() throws Exception {
        Function<String, String> program = (Function<String, String>) loader.loadClass("demo.Aggregates")
                .getDeclaredConstructor().newInstance();
        assertThat(program.apply(url).lines().toList()).containsExactly(
                "aggregate 3 2 1.3333333333333333 8 Second null",
                "groups 1:3 2:1",
                "roles ADMIN:ann@x.io USER:bob@y.io",
                "counts 2 1",
                "count 2",
                "distinct 4,1",
                "by posts 1,2,3",
                "published true 1");
    }
}
