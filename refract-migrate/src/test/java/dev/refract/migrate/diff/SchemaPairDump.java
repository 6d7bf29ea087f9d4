package dev.refract.migrate.diff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.testing.Calculated;
import dev.refract.schema.model.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * For every folder under {@code -Drefract.pairDump=DIR} holding two whole schema files
 * ({@code from.prisma}, {@code to.prisma}, datasource included), writes Refract's migration
 * ({@code refract.sql}) and summary ({@code refract.summary.txt}) next to them, for comparison with
 * Prisma's ({@code src/test/oracle/compare-pairs.sh}). Skipped without the property.
 */
class SchemaPairDump {

    @Test
    void dump() throws Exception {
        String root = System.getProperty("refract.pairDump");
        assumeTrue(root != null, "set -Drefract.pairDump=DIR to dump");
        try (Stream<Path> dirs = Files.list(Path.of(root))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String from = Files.readString(dir.resolve("from.prisma"));
                String to = Files.readString(dir.resolve("to.prisma"));
                String provider = to.contains("\"sqlite\"") ? "sqlite" : to.contains("\"mysql\"") ? "mysql" : "postgresql";
                try {
                    Dialect dialect = Dialect.of(Provider.parse(provider).orElseThrow());
                    Migration m = SchemaDiffer.diff(Calculated.schema(from), Calculated.schema(to), dialect);
                    Files.writeString(dir.resolve("refract.sql"), MigrationRenderer.of(dialect).script(m));
                    Files.writeString(dir.resolve("refract.summary.txt"), DriftSummary.render(m));
                } catch (RuntimeException e) {
                    Files.writeString(dir.resolve("refract.sql"), "ERROR " + e);
                }
            }
        }
    }
}
