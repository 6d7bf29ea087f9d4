package dev.refract.client.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.model.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The differential suite's catalog, checked in the default build (without Prisma): it parses, it is
 * large enough, its models exist, orm-benchmarks' 14 queries are there, and every known gap names a
 * case.
 */
class CatalogTest {
    private static final List<String> DATASETS = List.of("blog", "benchmarks");

    @Test
    void theCatalogHoldsAtLeast150CasesOnExistingModels() {
        int total = 0;
        for (String dataset : DATASETS) {
            Path dir = OracleDiffSuite.resources().resolve(dataset);
            Schema schema = OracleDiffSuite.schema(dir);
            List<OracleCase> cases = Catalog.load(dir);
            for (OracleCase c : cases) {
                List<String> models = new ArrayList<>();
                if (c.action().equals("$transaction")) {
                    c.args().getAsJsonArray("operations").forEach(op -> models.add(op.getAsJsonObject().get("model").getAsString()));
                } else if (!c.action().startsWith("$")) {
                    models.add(c.model());
                }
                models.forEach(m -> assertThat(schema.model(m)).as("model of %s/%s", dataset, c.name()).isPresent());
            }
            assertThat(cases.get(0).reset()).isTrue();
            total += cases.size();
        }
        assertThat(total).isGreaterThanOrEqualTo(150);
    }

    @Test
    void ormBenchmarksFourteenQueriesAreInTheCatalog() {
        Set<String> names = Catalog.load(OracleDiffSuite.resources().resolve("benchmarks")).stream()
                .map(OracleCase::name).collect(Collectors.toSet());
        assertThat(names).contains("findMany", "findMany-filter-paginate-order", "findMany-1-level-nesting", "findFirst",
                "findFirst-1-level-nesting", "findUnique", "findUnique-1-level-nesting", "create", "nested-create", "update",
                "nested-update", "upsert", "nested-upsert", "delete");
    }

    @Test
    void writesAreFollowedByAReseedUnlessTheNextCaseLooksAtThem() {
        List<OracleCase> cases = Catalog.load(OracleDiffSuite.resources().resolve("blog"));
        for (int i = 1; i < cases.size(); i++) {
            OracleCase previous = cases.get(i - 1);
            if (previous.writes() && !cases.get(i).reset()) {
                assertThat(cases.get(i).action()).as("%s follows the write %s without a reseed", cases.get(i).name(), previous.name())
                        .isIn("findMany", "findFirst", "findUnique", "count");
            }
        }
    }

    @Test
    void everyKnownGapNamesACase() {
        Set<String> names = new java.util.HashSet<>();
        for (String dataset : DATASETS) {
            Catalog.load(OracleDiffSuite.resources().resolve(dataset)).forEach(c -> names.add(dataset + "/" + c.name()));
        }
        Map<String, String> gaps = KnownGaps.load(OracleDiffSuite.resources().resolve("known-gaps.txt"));
        gaps.forEach((name, reason) -> {
            assertThat(names).as("known gap %s", name).contains(name);
            assertThat(reason).as("reason of %s", name).isNotBlank();
        });
    }
}
