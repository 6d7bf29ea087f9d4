package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in typed queries and writes are compile errors: each snippet is compiled with javac against the
 * generated blog client and must fail with the expected message.
 */
class TypeSafetyTest {
    @TempDir
    static Path dir;
    private static List<GeneratedFile> client;
    private static int run;

    @BeforeAll
    static void generate() {
        client = BlogSchema.generate();
    }

    private static List<String> errorsOf(String statement) throws Exception {
        String program = """
                package demo;

                import refract.db.*;

                class Snippet {
                    void run(Db db) {
                        %s
                    }
                }
                """.formatted(statement);
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("run" + run++), client, Map.of("demo/Snippet.java", program));
        assertThat(result.success()).as("compiled: " + statement).isFalse();
        return result.errors();
    }

    @Test
    void theControlSnippetCompiles() throws Exception {
        String program = """
                package demo;

                import refract.db.*;

                class Snippet {
                    void run(Db db) {
                        db.user().findMany(q -> q.where(w -> w.email().contains("@x.io").id().gt(3).role(Role.ADMIN))
                                .include(i -> i.posts()));
                    }
                }
                """;
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("control"), client, Map.of("demo/Snippet.java", program));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aWrongFieldNameDoesNotCompile() throws Exception {
        assertThat(errorsOf("db.user().findMany(q -> q.where(w -> w.emial().contains(\"x\")));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method emial()"));
    }

    @Test
    void aValueOfTheWrongTypeDoesNotCompile() throws Exception {
        assertThat(errorsOf("db.user().findMany(q -> q.where(w -> w.id().eq(\"1\")));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to java.lang.Integer"));
        assertThat(errorsOf("db.user().findUnique(w -> w.id(\"1\"));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to int"));
    }

    @Test
    void containsOnAnIntFieldDoesNotCompile() throws Exception {
        assertThat(errorsOf("db.user().findMany(q -> q.where(w -> w.id().contains(\"1\")));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method contains(java.lang.String)").contains("ComparableFilter"));
    }

    @Test
    void includeOfAScalarFieldDoesNotCompile() throws Exception {
        assertThat(errorsOf("db.user().findMany(q -> q.include(i -> i.email()));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method email()").contains("UserInclude"));
    }

    @Test
    void findUniqueTakesOnlyUniqueCriteria() throws Exception {
        assertThat(errorsOf("db.user().findUnique(w -> w.name(\"Ann\"));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method name(java.lang.String)").contains("UserWhereUnique"));
    }

    @Test
    void theFurtherConditionsOfAUniqueWhereAreTheModelsWhere() throws Exception {
        assertThat(errorsOf("db.user().findUnique(w -> w.id(1).and(x -> x.title(\"Hi\")));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method title(java.lang.String)").contains("UserWhere"));
        // and(...) adds conditions; it is no unique criterion of its own, so the criteria stay the only setters
        assertThat(errorsOf("db.user().findUnique(w -> w.and(x -> x.name(\"Ann\")).name(\"Ann\"));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method name(java.lang.String)").contains("UserWhereUnique"));
    }

    @Test
    void theManyWritesThatReturnRecordsTakeTheModelsShape() throws Exception {
        assertThat(errorsOf("db.post().createManyAndReturn(m -> m.row(d -> d.title(\"x\").authorId(1)), s -> s.include(i -> i.title()));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method title()").contains("PostInclude"));
        assertThat(errorsOf("db.post().updateManyAndReturn(w -> w.published(false), d -> d.published(true), 2, s -> s.select(x -> x.email()));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method email()").contains("PostSelect"));
        assertThat(errorsOf("db.post().updateManyAndReturn(w -> w.email(\"a\"), d -> d.published(true));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method email(java.lang.String)").contains("PostWhere"));
    }

    @Test
    void aLimitIsACountAndTheBareCountALong() throws Exception {
        assertThat(errorsOf("db.post().deleteMany(w -> w.published(false), \"2\");"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to int"));
        assertThat(errorsOf("db.post().updateMany(w -> w.published(false), d -> d.published(true), 2L);"))
                .anySatisfy(e -> assertThat(e).contains("possible lossy conversion from long to int"));
        assertThat(errorsOf("PostAggregates.Counts c = db.post().aggregate(a -> a._count()).count();"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: long cannot be converted to refract.db.PostAggregates.Counts"));
    }

    @Test
    void theNewFormsControlSnippetCompiles() throws Exception {
        String program = """
                package demo;

                import java.util.List;
                import refract.db.*;

                class Snippet {
                    void run(Db db) {
                        User u = db.user().findUniqueOrThrow(w -> w.id(1).and(x -> x.name().startsWith("A")), s -> s.include(i -> i.posts()));
                        db.user().update(w -> w.email("a@x.io").and(x -> x.role(Role.USER)), d -> d.name("A"));
                        List<Post> made = db.post().createManyAndReturn(m -> m.row(d -> d.title("x").authorId(1)), s -> s.select(x -> x.id()));
                        List<Post> changed = db.post().updateManyAndReturn(w -> w.published(false), d -> d.published(true), 2, s -> s.include(i -> i.author()));
                        long n = db.post().updateMany(w -> w.published(false), d -> d.published(true), 2) + db.post().deleteMany(w -> w.id(3), 1);
                        long count = db.post().aggregate(a -> a._count()).count();
                    }
                }
                """;
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("newFormsControl"), client, Map.of("demo/Snippet.java", program));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aRelationFilterTakesTheRelatedModelsWhere() throws Exception {
        assertThat(errorsOf("db.user().findMany(q -> q.where(w -> w.posts().some(p -> p.email().contains(\"x\"))));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method email()").contains("PostWhere"));
    }

    @Test
    void theWriteControlSnippetCompiles() throws Exception {
        String program = """
                package demo;

                import refract.db.*;

                class Snippet {
                    void run(Db db) {
                        User u = db.user().create(d -> d.email("a@x.io").password("s").role(Role.ADMIN)
                                .posts(p -> p.create(c -> c.title("Hi")).connect(w -> w.id(1))));
                        db.post().update(w -> w.id(1), d -> d.authorId().increment(1).title("New")
                                .categories(c -> c.set(w -> w.name("news")).disconnect(w -> w.id(2))));
                        db.user().upsert(w -> w.email("a@x.io"), c -> c.email("a@x.io").password("s"), d -> d.name("A"));
                        long n = db.transaction(tx -> tx.post().deleteMany(w -> w.authorId(u.id())));
                    }
                }
                """;
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("writeControl"), client, Map.of("demo/Snippet.java", program));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeInCreateDataDoesNotCompile() throws Exception {
        assertThat(errorsOf("db.user().create(d -> d.email(42).password(\"s\"));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: int cannot be converted to java.lang.String"));
        assertThat(errorsOf("db.user().create(d -> d.email(\"a@x.io\").password(\"s\").role(\"ADMIN\"));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to refract.db.Role"));
    }

    @Test
    void aRelationFieldIsNotWrittenThroughAScalarSetter() throws Exception {
        assertThat(errorsOf("db.post().create(d -> d.title(\"Hi\").author(1));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: int cannot be converted to java.util.function.Consumer"));
        assertThat(errorsOf("db.user().update(w -> w.id(1), d -> d.posts(\"Hi\"));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to java.util.function.Consumer"));
    }

    @Test
    void aNestedCreateTakesTheRelatedModelsData() throws Exception {
        assertThat(errorsOf("db.user().create(d -> d.email(\"a@x.io\").password(\"s\").posts(p -> p.create(c -> c.bio(\"x\"))));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method bio(java.lang.String)").contains("PostCreateData"));
    }

    @Test
    void atomicOperationsApplyOnlyToNumbersInUpdates() throws Exception {
        assertThat(errorsOf("db.user().update(w -> w.id(1), d -> d.email().increment(1));"))
                .anySatisfy(e -> assertThat(e).contains("method email in class refract.db.UserUpdateData cannot be applied to given types"));
        assertThat(errorsOf("db.user().create(d -> d.id().increment(1));"))
                .anySatisfy(e -> assertThat(e).contains("method id in class refract.db.UserCreateData cannot be applied to given types"));
    }

    @Test
    void theAggregateControlSnippetCompiles() throws Exception {
        String program = """
                package demo;

                import java.util.List;
                import refract.db.*;

                class Snippet {
                    void run(Db db) {
                        PostAggregates a = db.post().aggregate(q -> q.where(w -> w.published(true)).take(10)
                                ._count(c -> c._all().title())._avg(f -> f.authorId())._sum(f -> f.id())._min(f -> f.createdAt()));
                        Double avg = a._avg().authorId();
                        List<PostGroup> groups = db.post().groupBy(g -> g.by(PostField.authorId, PostField.published)
                                .having(h -> h.id()._avg().gt(1.5).title()._max().lt("z").where(w -> w.published(true)))
                                .orderBy(o -> o._sum(f -> f.id()).desc().authorId().asc()).take(5)._max(f -> f.title()));
                        UserAggregates.Counts counts = db.user().count(c -> c.where(w -> w.name().isNull()), f -> f._all().name());
                        List<Post> posts = db.post().findMany(q -> q.distinct(PostField.title)
                                .orderBy(o -> o.author(u -> u.profile(p -> p.bio().asc())).author(u -> u.posts()._count().desc())));
                    }
                }
                """;
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("aggregateControl"), client, Map.of("demo/Snippet.java", program));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void averagesAndSumsTakeOnlyNumberFields() throws Exception {
        assertThat(errorsOf("db.user().aggregate(a -> a._avg(f -> f.email()));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method email()").contains("UserAggregateFields.Numbers"));
        assertThat(errorsOf("db.user().groupBy(g -> g.by(UserField.role).having(h -> h.email()._sum().gt(\"x\")));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method _sum()"));
        assertThat(errorsOf("db.user().groupBy(g -> g.by(UserField.role).orderBy(o -> o._avg(f -> f.role()).desc()));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method role()"));
    }

    @Test
    void groupByTakesTheModelsFieldsAndTypedAggregateValues() throws Exception {
        assertThat(errorsOf("db.user().groupBy(g -> g.by(PostField.title));"))
                .anySatisfy(e -> assertThat(e).contains("refract.db.PostField cannot be converted to refract.db.UserField"));
        assertThat(errorsOf("db.post().groupBy(g -> g.by(PostField.title).having(h -> h.id()._count().gt(\"2\")));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to java.lang.Integer"));
    }

    @Test
    void relationOrdersTakeTheRelatedModelsFields() throws Exception {
        assertThat(errorsOf("db.post().findMany(q -> q.orderBy(o -> o.author(a -> a.title().asc())));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method title()").contains("UserOrderBy"));
        assertThat(errorsOf("db.user().findMany(q -> q.orderBy(o -> o.posts(p -> p.title().asc())));"))
                .anySatisfy(e -> assertThat(e).contains("method posts in class refract.db.UserOrderBy cannot be applied to given types"));
    }
}
