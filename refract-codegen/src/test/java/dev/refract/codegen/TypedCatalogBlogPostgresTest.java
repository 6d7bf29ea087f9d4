package dev.refract.codegen;

import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;

/** The blog dataset's catalog through the typed API ({@code typed-catalog/BlogCases.java}). */
@PostgresTest
class TypedCatalogBlogPostgresTest extends TypedCatalogSuite {
    TypedCatalogBlogPostgresTest(TestDatabase db) {
        super(db, "blog", "BlogCases");
    }
}
