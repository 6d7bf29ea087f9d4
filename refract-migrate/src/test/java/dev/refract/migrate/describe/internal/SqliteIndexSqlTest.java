package dev.refract.migrate.describe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqliteIndexSqlTest {

    @Test
    void termsAsWrittenWithoutSortOrCollation() {
        assertThat(SqliteIndexSql.terms("CREATE INDEX \"i\" ON \"t\"(\"a\", lower(\"b\") DESC, c COLLATE NOCASE ASC)"))
                .containsExactly("\"a\"", "lower(\"b\")", "c");
    }

    @Test
    void predicateAfterTopLevelWhere() {
        assertThat(SqliteIndexSql.predicate("CREATE UNIQUE INDEX \"idx\" ON \"User\" (\"email\") WHERE \"deletedAt\" IS NULL"))
                .isEqualTo("\"deletedAt\" IS NULL");
        assertThat(SqliteIndexSql.predicate("CREATE INDEX \"idx\" ON \"t\" (\"col\") WHERE name = 'it''s WHERE ok'"))
                .isEqualTo("name = 'it''s WHERE ok'");
        assertThat(SqliteIndexSql.predicate("CREATE INDEX \"idx\" ON \"t\" (\"col WHERE \")")).isNull();
        assertThat(SqliteIndexSql.predicate(null)).isNull();
    }
}
