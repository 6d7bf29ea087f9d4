package dev.refract.schema.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.Corpus;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance: every real-world schema in ../shared/corpus/schemas validates with no error (warnings
 * are allowed where Prisma warns). Multi-file schemas are read as folders (without _combined.prisma).
 */
class CorpusSchemasTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusSchemaIsValid() throws IOException {
        Path root = Corpus.resolve("schemas");
        List<Path> entries;
        try (Stream<Path> s = Files.list(root)) {
            entries = s.sorted().toList();
        }
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.getFileName().toString(), () -> {
            List<SourceFile> files = read(entry);
            ValidationResult result = PrismaSchema.validate(files);
            System.out.printf("corpus schema %s: %d file(s), %d error(s), %d warning(s)%n", entry.getFileName(),
                    files.size(), result.diagnostics().errors().size(), result.diagnostics().warnings().size());
            assertThat(result.isValid()).as(result.render(false)).isTrue();
            assertThat(result.resolved()).isPresent();
        }));
    }

    static List<SourceFile> read(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                List<SourceFile> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(entry)) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".prisma"))
                            .filter(f -> !f.getFileName().toString().equals("_combined.prisma")).sorted().toList()) {
                        files.add(new SourceFile(entry.relativize(p).toString(), Files.readString(p)));
                    }
                }
                return files;
            }
            return List.of(new SourceFile(entry.getFileName().toString(), Files.readString(entry)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
