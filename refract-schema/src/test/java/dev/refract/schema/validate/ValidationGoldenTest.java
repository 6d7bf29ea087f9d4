package dev.refract.schema.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own validation cases, in Prisma's file format: a schema followed by the expected rendered
 * diagnostics as trailing {@code // } lines. One test per file under {@code /validate/cases};
 * {@code -Drefract.updateGoldens=true} rewrites the expectations (in src/test/resources).
 */
class ValidationGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("refract.updateGoldens");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException, URISyntaxException {
        Path root = Path.of(ValidationGoldenTest.class.getResource("/validate/cases").toURI());
        Path sources = Path.of("src/test/resources/validate/cases");
        return Files.walk(root).filter(p -> p.toString().endsWith(".prisma")).sorted()
                .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p, sources.resolve(root.relativize(p)))));
    }

    private static void check(Path file, Path source) throws IOException {
        PslValidationCase c = PslValidationCase.read(file.getParent(), file);
        String schema = c.expected().isEmpty() ? c.schema() : stripExpectation(c.schema());
        String actual = PrismaSchema.validate("schema.prisma", schema).render(false);
        if (UPDATE) {
            StringBuilder out = new StringBuilder(schema.stripTrailing()).append("\n");
            if (!actual.isEmpty()) {
                out.append("\n");
                for (String line : actual.split("\n")) {
                    out.append("// ").append(line).append("\n");
                }
            }
            Files.writeString(source, out.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(c.expected());
    }

    private static String stripExpectation(String text) {
        String[] lines = text.split("\n", -1);
        int end = lines.length;
        while (end > 0 && (lines[end - 1].isEmpty() || lines[end - 1].startsWith("//"))) {
            end--;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, end)) + "\n";
    }
}
