package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scalar list and Json filters and writes are typed: each snippet is compiled with javac against the
 * client generated from {@code lists-json.prisma} (PostgreSQL) or its SQLite variant, and a filter
 * that does not fit the field's type fails to compile.
 */
class ListsJsonTypeSafetyTest {
    @TempDir
    static Path dir;
    private static List<GeneratedFile> postgres;
    private static List<GeneratedFile> sqlite;
    private static int run;

    @BeforeAll
    static void generate() {
        postgres = ListsJsonSchema.generate();
        sqlite = ListsJsonSchema.generate(ListsJsonSchema.sqliteText());
    }

    private static TestCompiler.Result compile(List<GeneratedFile> client, String statement) throws Exception {
        String program = """
                package demo;

                import dev.refract.client.Json;
                import java.util.List;
                import java.util.Map;
                import refract.db.*;

                class Snippet {
                    void run(Db db) {
                        %s
                    }
                }
                """.formatted(statement);
        return TestCompiler.compile(dir.resolve("run" + run++), client, Map.of("demo/Snippet.java", program));
    }

    private static List<String> errorsOf(String statement) throws Exception {
        TestCompiler.Result result = compile(postgres, statement);
        assertThat(result.success()).as("compiled: " + statement).isFalse();
        return result.errors();
    }

    @Test
    void theControlSnippetCompiles() throws Exception {
        TestCompiler.Result result = compile(postgres, """
                db.item().findMany(q -> q.where(w -> w.tags().has("java").nums().hasSome(1, 2).colors().hasEvery(Color.RED)
                        .tags().isEmpty(false).nums().eq(List.of(1)).colors().isNull()
                        .meta().path("a", "b").stringContains("x").meta().path("n").gt(5).meta().path("s").lte("z")
                        .meta().eq(Json.DB_NULL).data().not(Json.of(Map.of("k", 1))).meta().path("arr").arrayContains(Json.of(3))
                        .meta().path("a").insensitive().stringStartsWith("X")));
                db.item().create(d -> d.id(1).tags(List.of("a")).colors(List.of(Color.BLUE)).meta(Json.JSON_NULL).data(Json.of(List.of(1))));
                db.item().update(w -> w.id(1), u -> u.tags().push("x").nums().push(List.of(1, 2)).colors().set(List.of()).meta(Json.DB_NULL));
                db.item().update(w -> w.id(1), u -> u.docs().push(Json.of(1)).docs(List.of(Json.of("a"))));
                db.item().findMany(q -> q.where(w -> w.docs().hasSome(Json.of(1), Json.of("a")).docs().isEmpty(false)));
                """);
        assertThat(result.errors()).isEmpty();
        TestCompiler.Result onSqlite = compile(sqlite, "db.item().findMany(q -> q.where(w -> w.meta().eq(Json.ANY_NULL).meta().not(Json.of(\"x\"))));");
        assertThat(onSqlite.errors()).isEmpty();
    }

    @Test
    void listFiltersTakeTheElementType() throws Exception {
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.tags().has(1)));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: int cannot be converted to java.lang.String"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.colors().has(\"RED\")));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to refract.db.Color"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.nums().eq(List.of(\"1\"))));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types"));
    }

    @Test
    void scalarFiltersDoNotApplyToLists() throws Exception {
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.tags().contains(\"x\")));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method contains(java.lang.String)"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.nums().gt(1)));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method gt(int)"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.tags(\"x\")));"))
                .anySatisfy(e -> assertThat(e).contains("method tags in class refract.db.ItemWhere cannot be applied to given types"));
    }

    @Test
    void jsonFiltersAreTyped() throws Exception {
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.meta().path(\"a\").stringContains(1)));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: int cannot be converted to java.lang.String"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.meta().gt(true)));"))
                .anySatisfy(e -> assertThat(e).contains("no suitable method found for gt(boolean)"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.meta().has(\"x\")));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method has(java.lang.String)"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.meta().path(1)));"))
                .anySatisfy(e -> assertThat(e).contains("varargs mismatch; int cannot be converted to java.lang.String"));
    }

    @Test
    void sqliteHasNoJsonPathFilters() throws Exception {
        TestCompiler.Result result = compile(sqlite, "db.item().findMany(q -> q.where(w -> w.meta().path(\"a\").stringContains(\"x\")));");
        assertThat(result.success()).isFalse();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method path(java.lang.String)")
                .contains("JsonEqualityFilter"));
    }

    @Test
    void listAndJsonWritesAreTyped() throws Exception {
        assertThat(errorsOf("db.item().create(d -> d.id(1).tags(\"a\"));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to java.util.List<java.lang.String>"));
        assertThat(errorsOf("db.item().update(w -> w.id(1), u -> u.tags().push(1));"))
                .anySatisfy(e -> assertThat(e).contains("no suitable method found for push(int)"));
        assertThat(errorsOf("db.item().create(d -> d.id(1).tags().push(\"a\"));"))
                .anySatisfy(e -> assertThat(e).contains("method tags in class refract.db.ItemCreateData cannot be applied to given types"));
        assertThat(errorsOf("db.item().create(d -> d.id(1).meta(Map.of(\"a\", 1)));"))
                .anySatisfy(e -> assertThat(e).contains("no suitable method found for meta"));
    }

    @Test
    void jsonListsTakeJsonValues() throws Exception {
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.docs().has(\"x\")));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types: java.lang.String cannot be converted to dev.refract.client.Json"));
        assertThat(errorsOf("db.item().findMany(q -> q.where(w -> w.docs().path(\"a\").gt(1)));"))
                .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("method path(java.lang.String)"));
        assertThat(errorsOf("db.item().update(w -> w.id(1), u -> u.docs().push(Map.of(\"a\", 1)));"))
                .anySatisfy(e -> assertThat(e).contains("no suitable method found for push"));
        assertThat(errorsOf("db.item().create(d -> d.id(1).docs(List.of(\"a\")));"))
                .anySatisfy(e -> assertThat(e).contains("incompatible types"));
    }
}
