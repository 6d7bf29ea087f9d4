package dev.refract.migrate.diff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.testing.Calculated;
import dev.refract.schema.model.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes the from-empty migration of every corpus schema to {@code -Drefract.corpusDump=DIR}, for
 * comparison with Prisma's ({@code src/test/oracle/compare-corpus.sh}). Skipped without the property.
 */
class CorpusMigrationDump {

    @Test
    void dump() throws Exception {
        String target = System.getProperty("refract.corpusDump");
        assumeTrue(target != null, "set -Drefract.corpusDump=DIR to dump");
        Path out = Files.createDirectories(Path.of(target));
        Path root = Path.of(System.getProperty("refract.shared", "../../shared"), "corpus", "schemas");
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.sorted().toList()) {
                Path file = Files.isDirectory(entry) ? entry.resolve("_combined.prisma") : entry;
                String text = Files.readString(file);
                String provider = text.contains("provider = \"sqlite\"") || text.contains("provider  = \"sqlite\"")
                        ? "sqlite" : text.contains("\"mysql\"") ? "mysql" : "postgresql";
                String name = entry.getFileName().toString().replace(".prisma", "");
                try {
                    SqlSchema to = Calculated.schema(text);
                    Dialect dialect = Dialect.of(Provider.parse(provider).orElseThrow());
                    long start = System.nanoTime();
                    Migration m = SchemaDiffer.diff(SqlSchema.EMPTY, to, dialect);
                    Migration again = SchemaDiffer.diff(to, to, dialect);
                    System.out.printf("%s: %d steps, diff from empty + to itself in %d ms%n", name, m.steps().size(),
                            (System.nanoTime() - start) / 1_000_000);
                    Files.writeString(out.resolve(name + "." + provider + ".sql"), MigrationRenderer.of(dialect).script(m));
                } catch (RuntimeException e) {
                    Files.writeString(out.resolve(name + "." + provider + ".error"), String.valueOf(e));
                }
            }
        }
    }
}
