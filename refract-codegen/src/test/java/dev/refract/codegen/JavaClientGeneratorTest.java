package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generator details the blog schema does not show: Javadoc from ///, reserved names, compound keys, @map enums. */
class JavaClientGeneratorTest {
    @TempDir
    Path dir;

    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
              url      = env("DATABASE_URL")
            }

            /// A person who can sign in.
            /// Emails are unique.
            model Person {
              /// Given name, as typed (may contain */ and @).
              first   String
              last    String
              class   String?
              kind    Kind    @default(HUMAN)
              balance Decimal
              data    Json?
              avatar  Bytes?
              tags    String[]
              @@id([first, last])
              @@unique([class, kind], name: "byClass")
            }

            enum Kind {
              /// Not a robot.
              HUMAN @map("human")
              BOT
            }
            """;

    @Test
    void docsReservedNamesCompoundKeysAndMappedEnums() throws Exception {
        ValidationResult result = PrismaSchema.validate("schema.prisma", SCHEMA);
        assertThat(result.isValid()).as(result.render(false)).isTrue();
        List<GeneratedFile> files = JavaClientGenerator.generate(result.resolved().orElseThrow(),
                new GeneratorOptions("com.acme.db", "Acme", List.of(new SourceFile("schema.prisma", SCHEMA))));
        Map<String, String> byName = files.stream().collect(Collectors.toMap(
                f -> Path.of(f.path()).getFileName().toString(), GeneratedFile::content));
        assertThat(byName.get("Person.java")).contains("/**\n * A person who can sign in.\n * Emails are unique.\n */")
                .contains("/** Given name, as typed (may contain *&#47; and {@literal @}). */")
                .contains("String class_,").contains("BigDecimal balance,").contains("List<String> tags,");
        assertThat(byName.get("PersonWhereUnique.java")).contains("public PersonWhereUnique first_last(String first, String last)")
                .contains("public PersonWhereUnique byClass(String class_, Kind kind)");
        assertThat(byName.get("Kind.java")).contains("/** Not a robot. */\n    HUMAN(\"human\"),").contains("BOT(\"BOT\");");
        assertThat(byName.get("PersonWhere.java")).contains("public JsonFilter<PersonWhere> data()")
                .contains("public ScalarListFilter<PersonWhere, String> tags()")
                .contains("EqualityFilter<PersonWhere, byte[]> avatar()");
        TestCompiler.Result compiled = TestCompiler.compile(dir, files, Map.of());
        assertThat(compiled.errors()).isEmpty();
    }
}
