package dev.refract.schema.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
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
 * Formatting is idempotent and never throws: every real schema in ../shared/corpus/schemas (single
 * files, and folders read as one schema) and every psl-validation case, formatted twice, gives the
 * same text as formatted once.
 */
class SchemaFormatterIdempotenceTest {
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> corpusSchemas() throws IOException {
        Path root = SharedCorpus.root().resolve("schemas");
        List<Path> entries;
        try (Stream<Path> list = Files.list(root)) {
            entries = list.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".prisma")).sorted().toList();
        }
        assertThat(entries).isNotEmpty();
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.getFileName().toString(), () -> {
            List<SourceFile> files = Files.isDirectory(entry)
                    ? withoutCombined(SchemaFormatterCorpusTest.readFolder(entry))
                    : List.of(new SourceFile(entry.getFileName().toString(), SchemaFormatterCorpusTest.read(entry)));
            checkIdempotent(entry.getFileName().toString(), files);
        }));
    }

    @TestFactory
    Stream<DynamicTest> pslValidationCases() throws IOException {
        Path root = SharedCorpus.root().resolve("psl-validation");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () ->
                checkIdempotent(file.toString(),
                        List.of(new SourceFile("schema.prisma", SchemaFormatterCorpusTest.read(file))))));
    }

    /** A folder holds the project's files and {@code _combined.prisma}, their concatenation: not a schema file. */
    private static List<SourceFile> withoutCombined(List<SourceFile> files) {
        List<SourceFile> kept = new ArrayList<>();
        for (SourceFile file : files) {
            if (!file.name().equals("_combined.prisma")) {
                kept.add(file);
            }
        }
        return kept;
    }

    private static void checkIdempotent(String name, List<SourceFile> input) {
        TOTAL.incrementAndGet();
        List<SourceFile> once = SchemaFormatter.formatStrict(input);
        List<SourceFile> twice = SchemaFormatter.formatStrict(once);
        for (int i = 0; i < once.size(); i++) {
            if (!once.get(i).text().equals(twice.get(i).text())) {
                fail(name + " / " + once.get(i).name() + " changes when formatted again\n"
                        + TextDiff.unified(once.get(i).text(), twice.get(i).text()));
            }
        }
        PASSED.incrementAndGet();
    }

    @AfterAll
    static void report() {
        System.out.printf("formatter idempotence: %d/%d schemas stable when formatted twice%n", PASSED.get(),
                TOTAL.get());
    }
}
