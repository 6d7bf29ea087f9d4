package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sql: text and values kept apart however a statement is composed. */
class SqlTest {

    @Test
    void textAndValuesAlternate() {
        Sql sql = Sql.of("SELECT * FROM t WHERE a = ", "x' OR 1=1 --", " AND b = ", 2);
        assertThat(sql.sql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b = ?");
        assertThat(sql.values()).containsExactly("x' OR 1=1 --", 2);
    }

    @Test
    void nullsAreValues() {
        Sql sql = Sql.of("UPDATE t SET a = ", null, " WHERE id = ", 1);
        assertThat(sql.sql()).isEqualTo("UPDATE t SET a = ? WHERE id = ?");
        assertThat(sql.values()).isEqualTo(Arrays.asList(null, 1));
    }

    @Test
    void textPositionsMustBeStrings() {
        assertThatThrownBy(() -> Sql.of(1, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("argument 0 must be SQL text");
        assertThatThrownBy(() -> Sql.of("a = ", 1, 2)).hasMessageContaining("argument 2 must be SQL text");
    }

    @Test
    void templatesCountTheirPlaceholders() {
        Sql sql = Sql.template("SELECT * FROM t WHERE a = {} AND b IN ({})", "a", Sql.join(List.of(1, 2, 3), ", "));
        assertThat(sql.sql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b IN (?, ?, ?)");
        assertThat(sql.values()).containsExactly("a", 1, 2, 3);
        assertThatThrownBy(() -> Sql.template("a = {}", 1, 2)).hasMessageContaining("1 {} placeholders for 2 values");
        assertThatThrownBy(() -> Sql.template("a = {} and {}", 1)).hasMessageContaining("more {} placeholders");
    }

    @Test
    void fragmentsCompose() {
        Sql where = Sql.of(" WHERE id = ", 5);
        Sql sql = Sql.of("SELECT ", Sql.raw("\"name\""), " FROM ", Sql.raw("\"User\""), "", where).append(Sql.of(" LIMIT ", 1))
                .append(Sql.empty());
        assertThat(sql.sql()).isEqualTo("SELECT \"name\" FROM \"User\" WHERE id = ? LIMIT ?");
        assertThat(sql.values()).containsExactly(5, 1);
        assertThat(sql).isEqualTo(Sql.template("SELECT \"name\" FROM \"User\" WHERE id = {} LIMIT {}", 5, 1));
    }
}
