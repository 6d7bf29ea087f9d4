package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed forms of Prisma's findUnique with further conditions ({@code w.id(1).and(...)}, also in
 * update), updateMany/deleteMany with {@code limit}, createManyAndReturn/updateManyAndReturn with a
 * shape (and the limit in batch operations), and aggregate's {@code _count: true} ({@code _count()},
 * {@code count()}): the blog client generated for each database, compiled with javac, run on it.
 * MySQL has no RETURNING, so the *AndReturn forms fail there with the dynamic entry point's P2009,
 * as in Prisma.
 */
class GeneratedClientManyWritesTest {
    private static final String PROGRAM = """
            package demo;

            import dev.refract.client.RefractException;
            import java.util.List;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import refract.db.*;

            public class ManyWrites implements Function<String, String> {
                @Override
                public String apply(String url) {
                    Db db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    User ann = db.user().create(d -> d.email("ann@m.io").password("s").name("Ann")
                            .posts(p -> p.create(c -> c.title("A1")).create(c -> c.title("A2")).create(c -> c.title("A3"))));
                    out.append("unique and ").append(db.user().findUnique(w -> w.email("ann@m.io").and(x -> x.name().startsWith("A"))).isPresent())
                            .append(' ').append(db.user().findUnique(w -> w.email("ann@m.io").and(x -> x.name("Bob"))).isPresent())
                            .append(' ').append(db.user().findUniqueOrThrow(w -> w.id(ann.id()).and(x -> x.role(Role.USER)).and(x -> x.posts().some(p -> p.title("A2"))),
                                    s -> s.select(x -> x.email())).email()).append('\\n');
                    try {
                        db.user().update(w -> w.id(ann.id()).and(x -> x.role(Role.ADMIN)), d -> d.name("x"));
                        out.append("updated\\n");
                    } catch (RefractException e) {
                        out.append("update and ").append(e.code()).append(' ').append(db.user().findUniqueOrThrow(w -> w.id(ann.id())).name()).append('\\n');
                    }
                    try {
                        db.user().findMany(q -> q.cursor(c -> c.id(ann.id()).and(x -> x.name("Ann"))));
                    } catch (IllegalArgumentException e) {
                        out.append("cursor ").append(e.getMessage()).append('\\n');
                    }
                    out.append("updateMany limit ").append(db.post().updateMany(w -> w.authorId(ann.id()), d -> d.published(true), 2))
                            .append(' ').append(db.post().count(c -> c.where(w -> w.published(true)))).append('\\n');
                    try {
                        db.post().deleteMany(w -> w.authorId(ann.id()), -1);
                    } catch (RefractException e) {
                        out.append("negative limit ").append(e.code()).append('\\n');
                    }
                    out.append("deleteMany limit ").append(db.post().deleteMany(w -> w.authorId(ann.id()), 1)).append(' ')
                            .append(db.post().count()).append('\\n');
                    out.append("count ").append(db.post().aggregate(a -> a._count()).count()).append(' ')
                            .append(db.post().aggregate(a -> a.where(w -> w.title().startsWith("A"))._count()._max(f -> f.title())).count())
                            .append(' ').append(db.post().groupBy(g -> g.by(PostField.authorId)._count()).get(0)._count()._all()).append('\\n');
                    try {
                        db.post().aggregate(a -> a._max(f -> f.title())).count();
                    } catch (IllegalStateException e) {
                        out.append("no count ").append(e.getMessage()).append('\\n');
                    }
                    try {
                        List<Post> made = db.post().createManyAndReturn(m -> m.row(d -> d.title("N1").authorId(ann.id()))
                                .row(d -> d.title("N2").authorId(ann.id()).content("two")),
                                s -> s.select(x -> x.title().content().author(u -> u.select(y -> y.email()))));
                        out.append("createManyAndReturn ").append(made.stream().map(p -> p.title() + "/" + p.content() + "/"
                                + p.author().email() + "/" + p.isLoaded("published")).collect(Collectors.joining(","))).append('\\n');
                    } catch (RefractException e) {
                        out.append("createManyAndReturn ").append(e.code()).append(' ').append(e.getMessage()).append('\\n');
                    }
                    try {
                        List<Post> changed = db.post().updateManyAndReturn(w -> w.title().startsWith("N"), d -> d.content("c"),
                                s -> s.include(i -> i.author()).omit(o -> o.createdAt()));
                        out.append("updateManyAndReturn ").append(changed.stream().map(p -> p.title() + "/" + p.content() + "/"
                                + p.author().name() + "/" + p.isLoaded("createdAt")).collect(Collectors.joining(","))).append(' ')
                                .append(db.post().updateManyAndReturn(w -> w.title().startsWith("N"), d -> d.content("d"), 1).size())
                                .append(' ').append(db.post().count(c -> c.where(w -> w.content("d")))).append(' ')
                                .append(db.post().updateManyAndReturn(w -> w.title("none"), d -> d.content("e")).size()).append('\\n');
                    } catch (RefractException e) {
                        out.append("updateManyAndReturn ").append(e.code()).append(' ').append(e.getMessage()).append('\\n');
                    }
                    out.append("batch ").append(db.transaction(db.post().updateManyOp(w -> w.title().startsWith("A"), d -> d.content("b"), 1),
                            db.post().deleteManyOp(w -> w.content("b"), 5)).list()).append('\\n');
                    return out.toString();
                }
            }
            """;

    private static final List<String> COMMON = List.of(
            "unique and true false ann@m.io",
            "update and P2025 Ann",
            "cursor A cursor takes a unique criterion only, not further conditions (and(...))",
            "updateMany limit 2 2",
            "negative limit P2009",
            "deleteMany limit 1 2",
            "count 2 2 2",
            "no count The number of records was not asked for: aggregate(a -> a._count())");

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase {
        abstract TestDatabase db();

        abstract Provider provider();

        /** The lines the *AndReturn forms print: their records, or MySQL's refusal. */
        abstract List<String> andReturn();

        @Test
        @SuppressWarnings("unchecked")
        void theNewFormsRunOnTheDatabase(@TempDir Path dir) throws Exception {
            String text = BlogSchema.text().replace("provider = \"sqlite\"", "provider = \"" + provider().id() + "\"");
            assertThat(text).contains("provider = \"" + provider().id() + "\"");
            ValidationResult valid = PrismaSchema.validate("schema.prisma", text);
            assertThat(valid.isValid()).as(valid.render(false)).isTrue();
            Schema schema = valid.resolved().orElseThrow();
            Dialect dialect = Dialect.of(provider());
            String script = MigrationRenderer.of(dialect).script(
                    SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
            try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db().prismaUrl()))) {
                dialect.connections().runScript(c, script);
            }
            List<GeneratedFile> client = JavaClientGenerator.generate(schema, new GeneratorOptions(GeneratorOptions.DEFAULT_PACKAGE,
                    GeneratorOptions.DEFAULT_CLIENT_NAME, List.of(new SourceFile("schema.prisma", text))));
            TestCompiler.Result compiled = TestCompiler.compile(Files.createDirectories(dir.resolve("build")), client,
                    Map.of("demo/ManyWrites.java", PROGRAM));
            assertThat(compiled.errors()).isEmpty();
            Function<String, String> program = (Function<String, String>) compiled.loader().loadClass("demo.ManyWrites")
                    .getDeclaredConstructor().newInstance();
            List<String> expected = new ArrayList<>(COMMON);
            expected.addAll(andReturn());
            expected.add("batch [1, 1]");
            assertThat(program.apply(db().prismaUrl()).lines().toList()).containsExactlyElementsOf(expected);
        }
    }

    private static final List<String> RETURNED = List.of(
            "createManyAndReturn N1/null/ann@m.io/false,N2/two/ann@m.io/false",
            "updateManyAndReturn N1/c/Ann/false,N2/c/Ann/false 1 1 0");

    @Nested
    @PostgresTest
    class Postgres extends OnDatabase {
        private final TestDatabase db;

        Postgres(TestDatabase db) {
            this.db = db;
        }

        TestDatabase db() {
            return db;
        }

        Provider provider() {
            return Provider.POSTGRESQL;
        }

        List<String> andReturn() {
            return RETURNED;
        }
    }

    @Nested
    @SqliteTest
    class Sqlite extends OnDatabase {
        private final TestDatabase db;

        Sqlite(TestDatabase db) {
            this.db = db;
        }

        TestDatabase db() {
            return db;
        }

        Provider provider() {
            return Provider.SQLITE;
        }

        List<String> andReturn() {
            return RETURNED;
        }
    }

    @Nested
    @MySqlTest
    class MySql extends OnDatabase {
        private final TestDatabase db;

        MySql(TestDatabase db) {
            this.db = db;
        }

        TestDatabase db() {
            return db;
        }

        Provider provider() {
            return Provider.MYSQL;
        }

        List<String> andReturn() {
            return List.of(
                    "createManyAndReturn P2009 Failed to validate the query: `createManyAndReturn is not available on mysql: the database has no RETURNING` at ``",
                    "updateManyAndReturn P2009 Failed to validate the query: `updateManyAndReturn is not available on mysql: the database has no RETURNING` at ``");
        }
    }
}
