package dev.refract.schema.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own validation goldens, in Prisma's case format: a schema followed by the expected rendered
 * diagnostics as trailing {@code // } lines (none: the schema is valid). One test per file under
 * {@code /validate/cases} on the test classpath. {@code -Drefract.updateGoldens=true} rewrites the
 * expectations in src/test/resources from the current output.
 */
class ValidationGoldenTest {
    private static final Path SOURCE_ROOT = Path.of("src", "test", "resources", "validate", "cases");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException, URISyntaxException {
        URL url = ValidationGoldenTest.class.getResource("/validate/cases");
        assertThat(url).as("validate/cases on the test classpath").isNotNull();
        Path root = Path.of(url.toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        }
        boolean update = Boolean.getBoolean("refract.updateGoldens");
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            PslValidationCase c = PslValidationCase.read(root, file);
            String schema = schemaPart(c.schema());
            String actual = PrismaSchema.validate("schema.prisma", schema).render(false);
            if (update) {
                Files.writeString(SOURCE_ROOT.resolve(root.relativize(file).toString()), withExpectation(schema, actual),
                        StandardCharsets.UTF_8);
                return;
            }
            assertThat(actual).as(c.name()).isEqualTo(c.expected());
        }));
    }

    /** The file without its trailing block of {@code //} lines. */
    static String schemaPart(String text) {
        String[] lines = text.split("\n", -1);
        int end = lines.length;
        while (end > 0 && lines[end - 1].isEmpty()) {
            end--;
        }
        int start = end;
        while (start > 0 && lines[start - 1].startsWith("//")) {
            start--;
        }
        boolean diagnostics = start < end && (lines[start].startsWith("// error:") || lines[start].startsWith("// warning:"));
        int keep = diagnostics ? start : end;
        return String.join("\n", List.of(lines).subList(0, keep)) + "\n";
    }

    private static String withExpectation(String schema, String rendered) {
        StringBuilder out = new StringBuilder(schema);
        if (!rendered.isEmpty()) {
            for (String line : rendered.split("\n", -1)) {
                out.append("// ").append(line).append('\n');
            }
            out.setLength(out.length() - "// \n".length());
        }
        return out.toString();
    }
}
