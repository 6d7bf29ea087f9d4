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
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client generated from {@code lists-json.prisma}, compiled with javac, on PostgreSQL: list and
 * Json writes (create, push, null kinds, Json lists), list filters, Json path filters, and the records' List and
 * {@code Json} components.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientListsJsonPostgresTest {
    @TempDir
    static Path dir;
    private final TestDatabase db;

    GeneratedClientListsJsonPostgresTest(TestDatabase db) {
        this.db = db;
    }

    private static final String PROGRAM = """
            package demo;

            import dev.refract.client.Json;
            import java.util.List;
            import java.util.Map;
            import java.util.function.Consumer;
            import java.util.function.Function;
            import java.util.stream.Collectors;
            import refract.db.*;

            public class Demo implements Function<String, String> {
                private Db db;

                private String ids(Consumer<ItemWhere> where) {
                    return db.item().findMany(q -> q.where(where).orderBy(o -> o.id().asc())).stream()
                            .map(i -> String.valueOf(i.id())).collect(Collectors.joining(",", "[", "]"));
                }

                @Override
                public String apply(String url) {
                    db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    db.item().create(d -> d.id(1).tags(List.of("java", "db")).nums(List.of(1, 2)).colors(List.of(Color.RED))
                            .meta(Json.of(Map.of("a", Map.of("b", "hello"), "n", 5, "arr", List.of(1, 2, 3)))).data(Json.of(List.of(1, 2))));
                    db.item().create(d -> d.id(2).tags(List.of()).colors(List.of(Color.GREEN, Color.BLUE)).meta(Json.JSON_NULL).data(Json.of("x")));
                    db.item().create(d -> d.id(3).meta(Json.DB_NULL).data(Json.of(7)));
                    out.append("has ").append(ids(w -> w.tags().has("java"))).append('\\n');
                    out.append("isEmpty ").append(ids(w -> w.tags().isEmpty(true))).append('\\n');
                    out.append("hasEvery ").append(ids(w -> w.colors().hasEvery(Color.GREEN, Color.BLUE))).append('\\n');
                    out.append("null list ").append(ids(w -> w.tags().isNull())).append('\\n');
                    out.append("path ").append(ids(w -> w.meta().path("a", "b").stringContains("ell"))).append('\\n');
                    out.append("gt ").append(ids(w -> w.meta().path("n").gt(4))).append('\\n');
                    out.append("array ").append(ids(w -> w.meta().path("arr").arrayEndsWith(Json.of(3)))).append('\\n');
                    out.append("DbNull ").append(ids(w -> w.meta().eq(Json.DB_NULL))).append('\\n');
                    out.append("JsonNull ").append(ids(w -> w.meta().eq(Json.JSON_NULL))).append('\\n');
                    out.append("AnyNull ").append(ids(w -> w.meta().eq(Json.ANY_NULL))).append('\\n');
                    out.append("data ").append(ids(w -> w.data().eq(Json.of(7)))).append('\\n');
                    Item pushed = db.item().update(w -> w.id(1), u -> u.tags().push("orm").colors().push(List.of(Color.BLUE)));
                    out.append("pushed ").append(pushed.tags()).append(' ').append(pushed.colors()).append(' ').append(pushed.nums()).append('\\n');
                    Item one = db.item().findUniqueOrThrow(w -> w.id(1));
                    out.append("meta ").append(one.meta().asObject().get("n")).append(' ').append(one.data()).append('\\n');
                    db.item().update(w -> w.id(1), u -> u.docs().set(List.of(Json.of(Map.of("k", 1)), Json.of("s"))));
                    db.item().update(w -> w.id(2), u -> u.docs().push(Json.of(List.of(1, 2))));
                    out.append("docs has ").append(ids(w -> w.docs().has(Json.of(Map.of("k", 1))))).append('\\n');
                    out.append("docs hasSome ").append(ids(w -> w.docs().hasSome(Json.of("s"), Json.of(List.of(1, 2))))).append('\\n');
                    out.append("docs hasEvery ").append(ids(w -> w.docs().hasEvery(Json.of("s"), Json.of(List.of(1, 2))))).append('\\n');
                    out.append("docs eq ").append(ids(w -> w.docs().eq(List.of(Json.of(List.of(1, 2)))))).append('\\n');
                    out.append("docs isEmpty ").append(ids(w -> w.docs().isEmpty(false))).append('\\n');
                    out.append("docs ").append(db.item().findUniqueOrThrow(w -> w.id(1)).docs()).append('\\n');
                    Item three = db.item().findUniqueOrThrow(w -> w.id(3));
                    out.append("three ").append(three.tags()).append(' ').append(three.meta()).append(' ').append(three.data().asNumber()).append('\\n');
                    return out.toString();
                }
            }
            """;

    @Test
    @SuppressWarnings("unchecked")
    void typedListAndJsonQueries() throws Exception {
        Schema schema = ListsJsonSchema.schema(ListsJsonSchema.text());
        Dialect dialect = Dialect.of(Provider.POSTGRESQL);
        String script = MigrationRenderer.of(dialect).script(
                SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("build"), ListsJsonSchema.generate(), Map.of("demo/Demo.java", PROGRAM));
        assertThat(result.errors()).isEmpty();
        Function<String, String> demo = (Function<String, String>) result.loader().loadClass("demo.Demo")
                .getDeclaredConstructor().newInstance();
        List<String> lines = demo.apply(db.prismaUrl()).lines().toList();
        assertThat(lines).containsExactly(
                "has [1]",
                "isEmpty [2]",
                "hasEvery [2]",
                "null list [3]",
                "path [1]",
                "gt [1]",
                "array [1]",
                "DbNull [3]",
                "JsonNull [2]",
                "AnyNull [2,3]",
                "data [3]",
                "pushed [java, db, orm] [RED, BLUE] [1, 2]",
                "meta 5 [1,2]",
                "docs has [1]",
                "docs hasSome [1,2]",
                "docs hasEvery []",
                "docs eq [2]",
                "docs isEmpty [1,2]",
                "docs [{\"k\":1}, \"s\"]",
                "three [] null 7");
    }
}
