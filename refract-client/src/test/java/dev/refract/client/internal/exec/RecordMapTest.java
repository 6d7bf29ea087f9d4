package dev.refract.client.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records behave as the LinkedHashMaps they replace: order, equality, changes, shared names left alone. */
class RecordMapTest {
    private static final String[] NAMES = {"id", "email", "posts", "_count"};

    private static RecordMap record(Object id, Object email) {
        return new RecordMap(NAMES, new Object[] {id, email, null, null}, 2);
    }

    @Test
    void holdsTheScalarsInOrderAndEqualsALinkedHashMap() {
        RecordMap r = record(1, "a@x.io");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 1);
        expected.put("email", "a@x.io");
        assertThat(r).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(r.keySet()).containsExactly("id", "email");
        assertThat(r.get(new String("email"))).isEqualTo("a@x.io");
        assertThat(r.containsKey("posts")).isFalse();
        assertThat(r.get("posts")).isNull();
        assertThat(r).hasToString("{id=1, email=a@x.io}");
    }

    @Test
    void theNextSharedNamesExtendARecordAndOtherKeysGiveItNamesOfItsOwn() {
        RecordMap r = record(1, "a@x.io");
        RecordMap other = record(2, "b@x.io");
        r.put("posts", List.of());
        r.put("_count", Map.of("posts", 0));
        assertThat(r.keySet()).containsExactly("id", "email", "posts", "_count");
        other.put("extra", true);
        other.put("posts", List.of(1));
        assertThat(other.keySet()).containsExactly("id", "email", "extra", "posts");
        assertThat(NAMES).containsExactly("id", "email", "posts", "_count");
        assertThat(r.keySet()).containsExactly("id", "email", "posts", "_count");
        assertThat(r.put("id", 7)).isEqualTo(1);
        assertThat(r.get("id")).isEqualTo(7);
    }

    @Test
    void removingKeepsTheOrderAndTheSharedNames() {
        RecordMap r = record(1, "a@x.io");
        RecordMap other = record(2, "b@x.io");
        assertThat(r.remove("id")).isEqualTo(1);
        assertThat(r).containsExactly(Map.entry("email", "a@x.io"));
        assertThat(other.keySet()).containsExactly("id", "email");
        Iterator<Map.Entry<String, Object>> it = other.entrySet().iterator();
        it.next();
        it.remove();
        assertThat(other.keySet()).containsExactly("email");
        List<String> seen = new ArrayList<>();
        other.entrySet().forEach(e -> {
            seen.add(e.getKey());
            e.setValue("changed");
        });
        assertThat(seen).containsExactly("email");
        assertThat(other.get("email")).isEqualTo("changed");
        other.clear();
        assertThat(other).isEmpty();
        assertThat(record(3, "c@x.io").keySet()).containsExactly("id", "email");
    }

    @Test
    void getOrTellsAnAbsentKeyFromANullValueInAnyOrderOfLookups() {
        Object absent = new Object();
        RecordMap r = new RecordMap(NAMES, new Object[] {1, null, null, null}, 2);
        assertThat(r.getOr("email", absent)).isNull();
        assertThat(r.getOr("id", absent)).isEqualTo(1);
        assertThat(r.getOr("posts", absent)).isSameAs(absent);
        assertThat(r.getOr(new String("id"), absent)).isEqualTo(1);
        assertThat(r.get("email")).isNull();
        r.remove("id");
        assertThat(r.getOr("id", absent)).isSameAs(absent);
        assertThat(r.getOr("email", absent)).isNull();
    }

    @Test
    void valuesBeyondTheSizeOfARecordAreNotItsEntries() {
        // a related level's row array: its scalars, then the parent's key it was linked by
        String[] names = {"id", "title"};
        Object[] row = {5, "t", 42};
        RecordMap r = new RecordMap(names, row, 2);
        assertThat(r).hasSize(2).containsOnlyKeys("id", "title").doesNotContainValue(42);
        assertThat(r.get("id")).isEqualTo(5);
        r.put("extra", "x");
        assertThat(r.keySet()).containsExactly("id", "title", "extra");
        assertThat(names).containsExactly("id", "title");
    }
}
