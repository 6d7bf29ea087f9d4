package dev.refract.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

    @Test
    void classNamesBecomeSnakeCaseWithARandomSuffix() {
        assertThat(DatabaseNames.unique("PostgresExtensionTest")).matches("refract_t_postgres_extension_test_[0-9a-f]{8}");
        assertThat(DatabaseNames.unique("PostgresExtensionTest")).isNotEqualTo(DatabaseNames.unique("PostgresExtensionTest"));
    }

    @Test
    void oddOrLongLabelsStaySafeAndShort() {
        assertThat(DatabaseNames.unique("Outer$Inner Class-1")).matches("refract_t_outer_inner_class_1_[0-9a-f]{8}");
        assertThat(DatabaseNames.unique("")).matches("refract_t_db_[0-9a-f]{8}");
        String longName = DatabaseNames.unique("AVeryLongTestClassNameThatGoesOnAndOnForeverAndEver");
        assertThat(longName).hasSizeLessThanOrEqualTo(49).matches("[a-z0-9_]+").doesNotContain("__");
    }
}
