package dev.refract.dialect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedPlaceholdersTest {

    @Test
    void numberedPlaceholdersBecomeQuestionMarksInOccurrenceOrder() {
        RenderedSql sql = NumberedPlaceholders.toJdbc("SELECT * FROM t WHERE b = $2 AND a = $1 OR c = $2", List.of("a", "b"));
        assertThat(sql.sql()).isEqualTo("SELECT * FROM t WHERE b = ? AND a = ? OR c = ?");
        assertThat(sql.parameters()).containsExactly("b", "a", "b");
    }

    @Test
    void quotedTextCommentsAndDollarQuotesAreLeftAlone() {
        RenderedSql sql = NumberedPlaceholders.toJdbc("SELECT '$1', \"$1\", $tag$ $1 $tag$, $$ $2 $$ -- $1\n, a$1 /* $1 */ FROM t WHERE x = $1",
                List.of(7));
        assertThat(sql.sql()).isEqualTo("SELECT '$1', \"$1\", $tag$ $1 $tag$, $$ $2 $$ -- $1\n, a$1 /* $1 */ FROM t WHERE x = ?");
        assertThat(sql.parameters()).containsExactly(7);
    }

    @Test
    void questionMarksStayAsTheyAre() {
        RenderedSql sql = NumberedPlaceholders.toJdbc("SELECT * FROM t WHERE a = ?", List.of(1));
        assertThat(sql.sql()).isEqualTo("SELECT * FROM t WHERE a = ?");
        assertThat(sql.parameters()).containsExactly(1);
    }

    @Test
    void aPlaceholderWithoutAValueFails() {
        assertThatThrownBy(() -> NumberedPlaceholders.toJdbc("SELECT $3", List.of(1))).hasMessageContaining("$3 names no value");
    }
}
