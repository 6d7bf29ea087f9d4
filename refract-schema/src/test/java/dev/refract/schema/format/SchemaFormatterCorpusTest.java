package dev.refract.schema.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Prisma's own formatter cases (../shared/corpus/psl-reformatter): every single-file case
 * ({@code X.prisma} -> {@code X.reformatted.prisma}) and every multi-file case ({@code case/} ->
 * {@code case.reformatted/}) must come out exactly as Prisma formats it.
 */
class SchemaFormatterCorpusTest {
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    private static Path reformatter() {
        return SharedCorpus.root().resolve("psl-reformatter");
    }

    @TestFactory
    Stream<DynamicTest> singleFileCases() throws IOException {
        Path root = reformatter().resolve("reformatter");
        List<Path> inputs;
        try (Stream<Path> walk = Files.walk(root)) {
            inputs = walk.filter(p -> p.toString().endsWith(".prisma"))
                    .filter(p -> !p.toString().endsWith(".reformatted.prisma")).sorted().toList();
        }
        assertThat(inputs).isNotEmpty();
        return inputs.stream().map(input -> {
            String name = root.relativize(input).toString();
            Path expected = input.resolveSibling(input.getFileName().toString()
                    .replaceAll("\\.prisma$", ".reformatted.prisma"));
            return DynamicTest.dynamicTest(name, () -> {
                List<SourceFile> in = List.of(new SourceFile("schema.prisma", read(input)));
                List<SourceFile> out = SchemaFormatter.formatStrict(in);
                check(name, List.of(new SourceFile("schema.prisma", read(expected))), out);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> multiFileCases() throws IOException {
        Path root = reformatter().resolve("reformatter_multi_file");
        List<Path> cases;
        try (Stream<Path> list = Files.list(root)) {
            cases = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().endsWith(".reformatted"))
                    .sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<SourceFile> in = readFolder(dir);
            List<SourceFile> expected = readFolder(dir.resolveSibling(dir.getFileName() + ".reformatted"));
            check(dir.getFileName().toString(), expected, SchemaFormatter.formatStrict(in));
        }));
    }

    private static void check(String name, List<SourceFile> expected, List<SourceFile> actual) {
        TOTAL.incrementAndGet();
        StringBuilder problems = new StringBuilder();
        assertThat(actual).extracting(SourceFile::name).containsExactlyElementsOf(
                expected.stream().map(SourceFile::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).text().equals(actual.get(i).text())) {
                problems.append(expected.get(i).name()).append(":\n")
                        .append(TextDiff.unified(expected.get(i).text(), actual.get(i).text()));
            }
        }
        if (problems.length() > 0) {
            fail(name + " differs from Prisma's output\n" + problems);
        }
        PASSED.incrementAndGet();
    }

    static List<SourceFile> readFolder(Path dir) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".prisma")).sorted().toList()) {
                files.add(new SourceFile(file.getFileName().toString(), read(file)));
            }
        }
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("psl-reformatter corpus: %d/%d cases equal Prisma's output%n", PASSED.get(), TOTAL.get());
    }
}
