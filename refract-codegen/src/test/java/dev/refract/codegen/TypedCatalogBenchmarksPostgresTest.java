package dev.refract.codegen;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

/** The benchmarks dataset's catalog through the typed API ({@code typed-catalog/BenchmarksCases.java}). */
@PostgresTest
class TypedCatalogBenchmarksPostgresTest extends TypedCatalogSuite {
    TypedCatalogBenchmarksPostgresTest(TestDatabase db) {
        super(db, "benchmarks", "BenchmarksCases");
    }
}
