package dev.refract.client.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The helpers generated record mappers call. */
class RowsTest {
    @Test
    void fieldTellsAnAbsentFieldFromANullOneInAnyMap() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", 7);
        row.put("bio", null);
        assertThat(Rows.field(row, "id")).isEqualTo(7);
        assertThat(Rows.field(row, "bio")).isNull();
        assertThat(Rows.field(row, "posts")).isSameAs(Rows.ABSENT);
    }

    @Test
    void aListIsMappedInOrderAndCannotBeChangedAfterwards() {
        List<Object> runtime = new ArrayList<>(List.of(Map.of("id", 1), Map.of("id", 2)));
        List<Integer> ids = Rows.list(runtime, row -> (Integer) row.get("id"));
        assertThat(ids).containsExactly(1, 2);
        assertThatThrownBy(() -> ids.add(3)).isInstanceOf(UnsupportedOperationException.class);
        List<Integer> fromImmutable = Rows.list(List.of(Map.of("id", 3)), row -> (Integer) row.get("id"));
        assertThat(fromImmutable).containsExactly(3);
        assertThat(Rows.list(null, row -> row)).isNull();
    }
}
