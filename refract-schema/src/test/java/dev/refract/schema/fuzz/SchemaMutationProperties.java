package dev.refract.schema.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.Corpus;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.format.SchemaFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Acceptance: random edits of real schemas (deleted and duplicated lines, truncation, random bytes,
 * swapped characters) never make the parser, validator or formatter throw: every problem is a
 * diagnostic with a span inside the file, and each run stays under one second of CPU time.
 */
class SchemaMutationProperties {
    private static final long ONE_SECOND_NANOS = 1_000_000_000L;
    private static final List<String> SCHEMAS = loadSchemas();

    @Property(tries = 300)
    void mutatedSchemasOnlyEverProduceDiagnostics(@ForAll("mutations") Tuple.Tuple3<Integer, Long, Integer> mutation) {
        String original = SCHEMAS.get(mutation.get1() % SCHEMAS.size());
        String mutated = mutate(original, new Random(mutation.get2()), mutation.get3());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        ValidationResult result = PrismaSchema.validate("schema.prisma", mutated);
        String rendered = result.render(false);
        List<SourceFile> formatted = SchemaFormatter.format(List.of(new SourceFile("schema.prisma", mutated)));
        long cpu = threads.getCurrentThreadCpuTime() - start;

        assertThat(rendered).isNotNull();
        assertThat(formatted).hasSize(1);
        result.diagnostics().all().forEach(d -> {
            assertThat(d.span().start()).isBetween(0, mutated.length());
            assertThat(d.span().end()).isBetween(d.span().start(), mutated.length());
            assertThat(d.message()).isNotBlank();
        });
        assertThat(cpu).as("CPU time of validate + format, ns").isLessThan(ONE_SECOND_NANOS);
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Long, Integer>> mutations() {
        return Arbitraries.integers().between(0, 10_000)
                .flatMap(schema -> Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(1, 8)
                        .map(count -> Tuple.of(schema, seed, count))));
    }

    /** Applies {@code count} random edits. */
    static String mutate(String text, Random random, int count) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            int line = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(line);
                case 1 -> lines.add(line, lines.get(line));
                case 2 -> {
                    String joined = String.join("\n", lines);
                    int cut = random.nextInt(joined.length() + 1);
                    lines = new ArrayList<>(Arrays.asList(joined.substring(0, cut).split("\n", -1)));
                }
                case 3 -> lines.set(line, insertRandom(lines.get(line), random));
                case 4 -> lines.set(line, swap(lines.get(line), random));
                default -> {
                    String s = lines.get(line);
                    if (!s.isEmpty()) {
                        int at = random.nextInt(s.length());
                        lines.set(line, s.substring(0, at) + s.substring(at + 1));
                    }
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String insertRandom(String line, Random random) {
        String alphabet = "{}()[]@\"\\,.:=?!/ \t\r\u0000\u00e9\u2028abcXYZ019-_";
        StringBuilder sb = new StringBuilder(line);
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            char c = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length()));
            sb.insert(random.nextInt(sb.length() + 1), c);
        }
        return sb.toString();
    }

    private static String swap(String line, Random random) {
        if (line.length() < 2) {
            return line;
        }
        char[] chars = line.toCharArray();
        int a = random.nextInt(chars.length);
        int b = random.nextInt(chars.length);
        char t = chars[a];
        chars[a] = chars[b];
        chars[b] = t;
        return new String(chars);
    }

    private static List<String> loadSchemas() {
        try (Stream<Path> files = Files.walk(Corpus.resolve("schemas"))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".prisma")).sorted().toList()) {
                out.add(Files.readString(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
