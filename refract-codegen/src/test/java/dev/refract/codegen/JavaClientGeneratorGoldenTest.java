package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The sources generated for the blog example, compared file by file with
 * {@code src/test/resources/golden/blog}; {@code -Drefract.updateGoldens=true} rewrites them.
 */
class JavaClientGeneratorGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/blog");
    private static final boolean UPDATE = Boolean.getBoolean("refract.updateGoldens");

    @TestFactory
    Stream<DynamicTest> blogSourcesMatchTheGoldenFiles() throws IOException {
        return goldens(GOLDEN, BlogSchema.generate());
    }

    /** Scalar lists and Json on PostgreSQL: {@code src/test/resources/golden/lists-json}. */
    @TestFactory
    Stream<DynamicTest> listAndJsonSourcesMatchTheGoldenFiles() throws IOException {
        return goldens(Path.of("src/test/resources/golden/lists-json"), ListsJsonSchema.generate());
    }

    private static Stream<DynamicTest> goldens(Path root, List<GeneratedFile> files) throws IOException {
        if (UPDATE) {
            GeneratedFilesWriter.write(root, GeneratorOptions.DEFAULT_PACKAGE.replace('.', '/'), files);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (GeneratedFile file : files) {
            tests.add(DynamicTest.dynamicTest(file.path(), () -> {
                Path expected = root.resolve(file.path());
                if (!Files.exists(expected)) {
                    fail("No golden file " + expected + "; run with -Drefract.updateGoldens=true");
                }
                assertThat(file.content()).as(file.path()).isEqualTo(Files.readString(expected));
            }));
        }
        Set<String> generated = files.stream().map(GeneratedFile::path).collect(Collectors.toCollection(TreeSet::new));
        tests.add(DynamicTest.dynamicTest("no stale golden files", () -> {
            try (Stream<Path> walk = Files.walk(root)) {
                List<String> present = walk.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
                assertThat(present).containsExactlyElementsOf(generated);
            }
        }));
        return tests.stream();
    }

    @Test
    void outputIsDeterministicAndSorted() {
        List<GeneratedFile> first = BlogSchema.generate();
        assertThat(BlogSchema.generate()).isEqualTo(first);
        assertThat(first).extracting(GeneratedFile::path).isSorted();
        assertThat(first).allSatisfy(f -> assertThat(f.content()).startsWith(Source.HEADER + "\n"));
    }
}
