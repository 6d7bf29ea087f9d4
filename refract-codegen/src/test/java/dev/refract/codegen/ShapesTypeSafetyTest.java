package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong uses of {@code _count}, omit and batch transactions in the generated blog client are compile
 * errors: each snippet is compiled with javac and must fail with the expected message.
 */
class ShapesTypeSafetyTest {
    @TempDir
    static Path dir;
    private static List<GeneratedFile> client;
    private static int run;

    @BeforeAll
    static void generate() {
        client = BlogSchema.generate();
    }

    private static TestCompiler.Result compile(String statements) throws Exception {
        String program = """
                package demo;

                import dev.refract.client.typed.BatchOperation;
                import dev.refract.client.typed.BatchResults;
                import java.util.List;
                import java.util.Optional;
                import refract.db.*;

                class Snippet {
                    void run(Db db) {
                        %s
                    }
                }
                """.formatted(statements);
        return TestCompiler.compile(dir.resolve("run" + run++), client, Map.of("demo/Snippet.java", program));
    }

    private static List<String> errorsOf(String statement) throws Exception {
        TestCompiler.Result result = compile(statement);
        assertThat(result.success()).as("compiled: " + statement).isFalse();
        return result.errors();
    }

    @Test
    void theControlSnippetCompiles() throws Exception {
        TestCompiler.Result result = compile("""
                List<User> users = db.user().findMany(q -> q.include(i -> i._count(c -> c.posts(w -> w.published(true))))
                        .omit(o -> o.password()));
                Integer n = users.get(0)._count().posts();
                User one = db.user().findUniqueOrThrow(w -> w.id(1), s -> s.select(f -> f.email()._count()));
                Post p = db.post().findFirstOrThrow(q -> q.include(i -> i._count().author(a -> a.omit(o -> o.email()))));
                Integer c = p._count().categories();
                BatchOperation<User> create = db.user().createOp(d -> d.email("a@x.io").password("s"));
                BatchOperation<Long> deleted = db.post().deleteManyOp(w -> w.published(false));
                BatchOperation<Optional<Post>> first = db.post().findFirstOp(q -> q.where(w -> w.id(1)));
                BatchResults results = db.transaction(List.of(create, deleted, first));
                User made = results.get(create);
                long count = results.get(deleted);
                Optional<Post> found = results.get(first);
                BatchResults more = db.transaction(db.category().createManyOp(m -> m.row(d -> d.name("x"))),
                        db.user().updateOp(w -> w.id(1), d -> d.name("A")));
                """);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void countTakesOnlyListRelations() throws Exception {
        assertThat(errorsOf("db.post().findMany(q -> q.include(i -> i._count(c -> c.author())));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method author()").contains("PostCountSelect"));
        assertThat(errorsOf("db.profile().findMany(q -> q.include(i -> i._count()));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method _count()").contains("ProfileInclude"));
        assertThat(errorsOf("db.user().findMany(q -> q.select(s -> s._count(c -> c.email())));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method email()").contains("UserCountSelect"));
    }

    @Test
    void countFiltersTakeTheRelatedModelsWhere() throws Exception {
        assertThat(errorsOf("db.user().findMany(q -> q.include(i -> i._count(c -> c.posts(w -> w.email(\"x\")))));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method email(java.lang.String)").contains("PostWhere"));
    }

    @Test
    void countResultsHaveOnlyListRelations() throws Exception {
        assertThat(errorsOf("Integer n = db.post().findMany().get(0)._count().author();"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method author()").contains("PostRelationCounts"));
        assertThat(errorsOf("db.profile().findMany().get(0)._count();"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method _count()"));
    }

    @Test
    void omitTakesOnlyScalarFields() throws Exception {
        assertThat(errorsOf("db.user().findMany(q -> q.omit(o -> o.posts()));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method posts()").contains("UserOmit"));
        assertThat(errorsOf("db.user().findMany(q -> q.select(s -> s.omit(o -> o.email())));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method omit"));
    }

    @Test
    void batchResultsAreTypedByTheOperation() throws Exception {
        assertThat(errorsOf("BatchOperation<Long> op = db.user().createOp(d -> d.email(\"a@x.io\").password(\"s\"));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types"));
        assertThat(errorsOf("BatchOperation<Long> n = db.post().countOp(c -> { }); User u = db.transaction(List.of(n)).get(n);"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types").contains("equality constraints: java.lang.Long")
                        .contains("refract.db.User"));
        assertThat(errorsOf("db.transaction(List.of(\"x\"));"))
                .anySatisfy(e -> assertThat(e).contains("no suitable method found for transaction"));
    }
}
