package dev.refract.schema.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Refract's own validation goldens, in Prisma's case format: a schema followed by the expected rendered
 * diagnostics as trailing {@code // } lines (none: valid). Discovered from {@code /validate/cases/**.prisma};
 * {@code -Drefract.updateGoldens=true} rewrites the expectations in src/test/resources.
 */
class ValidationGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("refract.updateGoldens");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException, URISyntaxException {
        Path root = Path.of(ValidationGoldenTest.class.getResource("/validate/cases").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            PslValidationCase c = PslValidationCase.read(root, file);
            String schema = schemaPart(c.schema());
            String actual = PrismaSchema.validate("schema.prisma", schema).render(false);
            if (UPDATE && !actual.equals(c.expected())) {
                Path source = Path.of("src/test/resources/validate/cases").resolve(root.relativize(file).toString());
                Files.writeString(source, withExpectation(schema, actual), StandardCharsets.UTF_8);
                return;
            }
            assertThat(actual).as(c.name()).isEqualTo(c.expected());
        }));
    }

    /** The schema without its trailing block of expected diagnostics. */
    private static String schemaPart(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        while (!lines.isEmpty() && (lines.get(lines.size() - 1).isEmpty() || lines.get(lines.size() - 1).startsWith("//"))) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String withExpectation(String schema, String rendered) {
        if (rendered.isEmpty()) {
            return schema;
        }
        StringBuilder out = new StringBuilder(schema).append('\n');
        for (String line : rendered.split("\n")) {
            out.append("// ").append(line).append('\n');
        }
        return out.toString();
    }
}
