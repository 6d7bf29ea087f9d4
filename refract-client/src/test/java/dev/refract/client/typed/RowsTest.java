package dev.refract.client.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    @Test
    void fieldsFindEachNameInTheRowsLayoutOrMinusOneWhenAbsent() {
        Rows.Fields fields = new Rows.Fields("id", "bio", "user", "_count");
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("bio", null);
        in.put("id", 7);
        Map<String, Object> row = Rows.record(in);
        int[] slots = fields.slots(row);
        assertThat(slots).containsExactly(1, 0, -1, -1);
        assertThat(Rows.at(row, slots[0])).isEqualTo(7);
        assertThat(Rows.at(row, slots[1])).isNull();
        assertThat(Rows.at(row, slots[2])).isSameAs(Rows.ABSENT);
        // the same layout again: found once, remembered
        assertThat(fields.slots(row)).isSameAs(slots);
    }

    @Test
    void aRowThatChangedItsOwnNamesIsNotMistakenForTheLayoutItHadBefore() {
        Rows.Fields fields = new Rows.Fields("id", "bio", "user");
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("id", 1);
        in.put("bio", "b");
        in.put("x", 0);
        Map<String, Object> row = Rows.record(in);
        assertThat(fields.slots(row)).containsExactly(0, 1, -1);
        row.remove("bio");
        row.put("user", "u");
        // same size as before, names changed in place
        int[] slots = fields.slots(row);
        assertThat(slots).containsExactly(0, -1, 2);
        assertThat(Rows.at(row, slots[2])).isEqualTo("u");
    }

    @Test
    void recordLeavesTheRuntimesRowsAsTheyAre() {
        Map<String, Object> row = Rows.record(new HashMap<>(Map.of("id", 1)));
        assertThat(Rows.record(row)).isSameAs(row);
    }
}
