package dev.refract.schema.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own formatter cases: {@code src/test/resources/format/<name>.prisma} formats to
 * {@code <name>.formatted.prisma} beside it, and the result is a fixed point. Run with
 * {@code -Drefract.updateGoldens=true} to rewrite the expectations from the current output.
 */
class SchemaFormatterGoldenTest {
    private static final String SUFFIX = ".formatted.prisma";
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    private static Path goldenFolder() {
        Path base = Paths.get(System.getProperty("basedir", "")).toAbsolutePath();
        Path folder = base.resolve("src/test/resources/format");
        if (!Files.isDirectory(folder)) {
            folder = base.resolve("refract-schema/src/test/resources/format");
        }
        return folder;
    }

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        Path folder = goldenFolder();
        boolean update = Boolean.getBoolean("refract.updateGoldens");
        List<Path> inputs;
        try (Stream<Path> list = Files.list(folder)) {
            inputs = list.filter(p -> p.toString().endsWith(".prisma") && !p.toString().endsWith(SUFFIX)).sorted()
                    .toList();
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(10);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            TOTAL.incrementAndGet();
            String name = input.getFileName().toString();
            Path expectedFile = input.resolveSibling(name.substring(0, name.length() - ".prisma".length()) + SUFFIX);
            String source = Files.readString(input, StandardCharsets.UTF_8);
            String actual = format(source);
            if (update) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            if (!expected.equals(actual)) {
                fail(name + " differs from " + expectedFile.getFileName()
                        + " (rerun with -Drefract.updateGoldens=true to accept)\n"
                        + TextDiff.unified(expected, actual));
            }
            String again = format(actual);
            if (!again.equals(actual)) {
                fail(name + ": formatting the result again changes it\n" + TextDiff.unified(actual, again));
            }
            PASSED.incrementAndGet();
        }));
    }

    private static String format(String source) {
        return SchemaFormatter.formatStrict(List.of(new SourceFile("schema.prisma", source))).get(0).text();
    }

    @AfterAll
    static void report() {
        System.out.printf("formatter goldens: %d/%d cases equal their .formatted.prisma%n", PASSED.get(), TOTAL.get());
    }
}
