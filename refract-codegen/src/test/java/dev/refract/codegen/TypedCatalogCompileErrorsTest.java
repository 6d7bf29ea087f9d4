package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.diagnostics.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog catalog's cases that {@code typed-catalog/uncovered.txt} calls compile-time errors in the
 * typed API: each is written as close to the case as Java allows and must fail to compile against the
 * client generated from the catalog's schema (one javac run, one file per case).
 */
class TypedCatalogCompileErrorsTest {
    private static final Map<String, String> SNIPPETS = new LinkedHashMap<>();

    static {
        SNIPPETS.put("error-unknown-field", "db.user().findMany(q -> q.where(w -> w.nope(1)));");
        SNIPPETS.put("error-wrong-type", "db.user().findMany(q -> q.where(w -> w.age(\"old\")));");
        SNIPPETS.put("error-findUnique-not-unique", "db.user().findUnique(w -> w.name(\"Ann\"));");
        SNIPPETS.put("error-unknown-enum", "db.user().findMany(q -> q.where(w -> w.role(Role.OWNER)));");
        SNIPPETS.put("error-include-scalar", "db.user().findMany(q -> q.include(i -> i.email()));");
        // the literal 3000000000 alone is a syntax error, which would stop javac before it checks the other files
        SNIPPETS.put("error-int-overflow", "db.user().findMany(q -> q.where(w -> w.age(3000000000L)));");
        SNIPPETS.put("error-contains-on-int", "db.user().findMany(q -> q.where(w -> w.age().contains(\"1\")));");
        SNIPPETS.put("edge-create-unknown-field", "db.tag().create(d -> d.name(\"x\").color(\"red\"));");
        SNIPPETS.put("edge-upsert-non-unique-where", "db.tag().upsert(w -> w.id().gt(1), c -> c.name(\"x\"), u -> { });");
    }

    @Test
    void theCompileTimeErrorsInTheListDoNotCompile(@TempDir Path dir) throws Exception {
        Map<String, String> listed = new LinkedHashMap<>();
        TypedCatalogSuite.uncovered("blog").forEach((name, reason) -> {
            if (reason.startsWith("compile-time error")) {
                listed.put(name, reason);
            }
        });
        assertThat(SNIPPETS.keySet()).as("a snippet per compile-time error in uncovered.txt").isEqualTo(listed.keySet());
        String text = Files.readString(TypedCatalogSuite.CATALOG.resolve("blog/schema.prisma"));
        List<GeneratedFile> client = JavaClientGenerator.generate(ListsJsonSchema.schema(text), new GeneratorOptions(
                GeneratorOptions.DEFAULT_PACKAGE, GeneratorOptions.DEFAULT_CLIENT_NAME, List.of(new SourceFile("schema.prisma", text))));
        Map<String, String> files = new LinkedHashMap<>();
        int i = 0;
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : SNIPPETS.entrySet()) {
            String cls = "Case" + i++;
            fileOf.put(e.getKey(), "demo/" + cls + ".java");
            files.put("demo/" + cls + ".java", """
                    package demo;

                    import refract.db.*;

                    class %s {
                        void run(Db db) {
                            %s
                        }
                    }
                    """.formatted(cls, e.getValue()));
        }
        files.put("demo/Control.java", """
                package demo;

                import refract.db.*;

                class Control {
                    void run(Db db) {
                        db.user().findMany(q -> q.where(w -> w.age(30).role(Role.ADMIN).age().gt(1)).include(i -> i.posts()));
                        db.user().findUnique(w -> w.email("ann@x.io"));
                        db.tag().upsert(w -> w.id(1), c -> c.name("x"), u -> { });
                    }
                }
                """);
        TestCompiler.Result result = TestCompiler.compile(dir, client, files);
        assertThat(result.errors()).as("the control compiles").noneMatch(e -> e.startsWith("demo/Control.java"));
        fileOf.forEach((name, file) -> assertThat(result.errors()).as("%s must not compile: %s", name, SNIPPETS.get(name))
                .anyMatch(e -> e.startsWith(file + ":")));
    }
}
