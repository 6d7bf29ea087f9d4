package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model with more than 64 fields (70 scalars, a list relation and {@code _count}): its record's
 * loaded-fields mask is a BitSet, a narrow model's stays a long; the generated client, compiled with
 * javac, writes and reads it on SQLite, fields past bit 63 included.
 */
class GeneratedWideModelSqliteTest {
    @TempDir
    static Path dir;

    static String schemaText() {
        StringBuilder wide = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            wide.append("  f").append(i).append(" Int?\n");
        }
        return """
                datasource db {
                  provider = "sqlite"
                  url      = "file:./dev.db"
                }

                model Wide {
                  id    Int    @id
                %s  notes Note[]
                }

                model Note {
                  id     Int    @id
                  text   String
                  wide   Wide   @relation(fields: [wideId], references: [id])
                  wideId Int
                }
                """.formatted(wide);
    }

    private static final String PROGRAM = """
            package demo;

            import dev.refract.client.FieldNotLoadedException;
            import java.util.function.Function;
            import refract.db.*;

            public class WideDemo implements Function<String, String> {
                @Override
                public String apply(String url) {
                    Db db = Db.connect(url);
                    StringBuilder out = new StringBuilder();
                    Wide made = db.wide().create(d -> d.id(1).f1(1).f64(64).f70(70)
                            .notes(n -> n.create(c -> c.id(1).text("a")).create(c -> c.id(2).text("b"))));
                    out.append("created ").append(made.f1()).append(' ').append(made.f64()).append(' ').append(made.f70())
                            .append(' ').append(made.f2()).append(' ').append(made.isLoaded("notes")).append('\\n');
                    Wide selected = db.wide().findUniqueOrThrow(w -> w.id(1), s -> s.select(f -> f.f70()._count()));
                    out.append("selected ").append(selected.f70()).append(' ').append(selected.isLoaded("f70")).append(' ')
                            .append(selected.isLoaded("f69")).append(' ').append(selected._count().notes()).append('\\n');
                    try {
                        selected.f69();
                        out.append("f69 read\\n");
                    } catch (FieldNotLoadedException e) {
                        out.append("f69 not loaded\\n");
                    }
                    Wide omitted = db.wide().findFirstOrThrow(q -> q.omit(o -> o.f66()).include(i -> i.notes()));
                    out.append("omitted ").append(omitted.isLoaded("f66")).append(' ').append(omitted.f70()).append(' ')
                            .append(omitted.notes().size()).append(' ').append(omitted.loadedFields().cardinality()).append('\\n');
                    omitted.loadedFields().clear();
                    out.append("copied ").append(omitted.isLoaded("f67")).append(' ')
                            .append(omitted.equals(db.wide().findFirstOrThrow(q -> q.omit(o -> o.f66()).include(i -> i.notes())))).append('\\n');
                    Note note = db.note().findUniqueOrThrow(w -> w.id(2), s -> s.include(i -> i.wide()));
                    out.append("note ").append(note.wide().f64()).append(' ').append(note.loadedFields() == 15L).append('\\n');
                    return out.toString();
                }
            }
            """;

    @Test
    @SuppressWarnings("unchecked")
    void aModelWithMoreThan64FieldsReadsAndWrites() throws Exception {
        String text = schemaText();
        Schema schema = ListsJsonSchema.schema(text);
        List<GeneratedFile> files = JavaClientGenerator.generate(schema, new GeneratorOptions(GeneratorOptions.DEFAULT_PACKAGE,
                GeneratorOptions.DEFAULT_CLIENT_NAME, List.of(new SourceFile("schema.prisma", text))));
        String record = files.stream().filter(f -> f.path().endsWith("/Wide.java")).findFirst().orElseThrow().content();
        assertThat(record).contains("BitSet loadedFields) {").contains("require(72, \"_count\");");
        String note = files.stream().filter(f -> f.path().endsWith("/Note.java")).findFirst().orElseThrow().content();
        assertThat(note).contains("long loadedFields) {").doesNotContain("BitSet");

        Dialect dialect = Dialect.of(Provider.SQLITE);
        String url = "file:" + Files.createFile(dir.resolve("wide.db")).toAbsolutePath();
        String script = MigrationRenderer.of(dialect).script(
                SchemaDiffer.of(dialect).diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(url))) {
            dialect.connections().runScript(c, script);
        }
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("build"), files, Map.of("demo/WideDemo.java", PROGRAM));
        assertThat(result.errors()).isEmpty();
        Function<String, String> program = (Function<String, String>) result.loader().loadClass("demo.WideDemo")
                .getDeclaredConstructor().newInstance();
        assertThat(program.apply(url).lines().toList()).containsExactly(
                "created 1 64 70 null false",
                "selected 70 true false 2",
                "f69 not loaded",
                "omitted false 70 2 71",
                "copied true true",
                "note 64 true");
    }
}
