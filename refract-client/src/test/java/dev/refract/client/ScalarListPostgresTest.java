package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Scalar lists on PostgreSQL (the only one of the three with them): reads, writes (create, set,
 * push) and the filters has/hasEvery/hasSome/isEmpty/equals, with the results Prisma 7.10 gave for
 * the same rows (row 3's lists are SQL NULL: they read as [] and match only {@code equals: null}).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScalarListPostgresTest {
    private static final String MODELS = """
            enum Color {
              RED
              GREEN
              BLUE
            }

            model Item {
              id     Int        @id
              tags   String[]
              nums   Int[]
              colors Color[]
              days   DateTime[]
              big    BigInt[]
              docs   Json[]
            }
            """;

    private final TestDatabase db;
    private RefractClient client;
    private final List<String> statements = new ArrayList<>();

    ScalarListPostgresTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void setUp() throws Exception {
        client = RefractClient.builder(InlineSchema.create(db, Provider.POSTGRESQL, MODELS), db::open)
                .statementListener((sql, params, d) -> statements.add(sql)).build();
        create(1, List.of("a", "b"), List.of(1, 2), List.of("RED"));
        create(2, List.of(), List.of(), List.of());
        create(3, List.of("x"), List.of(9), List.of("BLUE"));
        create(4, List.of("b", "c"), List.of(3), List.of("GREEN", "BLUE"));
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"Item\" SET tags = NULL, nums = NULL, colors = NULL WHERE id = 3");
        }
    }

    @BeforeEach
    void forget() {
        statements.clear();
    }

    private void create(int id, List<String> tags, List<Integer> nums, List<String> colors) {
        client.execute("Item", "create", m("data", m("id", id, "tags", tags, "nums", m("set", nums), "colors", colors)));
    }

    private List<Object> ids(Object... where) {
        List<?> rows = (List<?>) client.execute("Item", "findMany", m("where", m(where), "orderBy", m("id", "asc")));
        return rows.stream().map(r -> (Object) ((Map<?, ?>) r).get("id")).toList();
    }

    @Test
    void readsListsAndNullAsEmpty() {
        Map<?, ?> one = (Map<?, ?>) client.execute("Item", "findUnique", m("where", m("id", 1)));
        assertThat(one.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(one.get("nums")).isEqualTo(List.of(1, 2));
        assertThat(one.get("colors")).isEqualTo(List.of("RED"));
        assertThat(one.get("days")).isEqualTo(List.of());
        Map<?, ?> three = (Map<?, ?>) client.execute("Item", "findUnique", m("where", m("id", 3)));
        assertThat(three.get("tags")).isEqualTo(List.of());
        assertThat(three.get("colors")).isEqualTo(List.of());
    }

    @Test
    void filtersAsPrisma() {
        assertThat(ids("tags", m("has", "a"))).containsExactly(1);
        assertThat(ids("tags", m("has", null))).isEmpty();
        assertThat(ids("tags", m("hasEvery", List.of("a", "b")))).containsExactly(1);
        assertThat(ids("tags", m("hasEvery", List.of()))).containsExactly(1, 2, 4);
        assertThat(ids("tags", m("hasSome", List.of("c", "x")))).containsExactly(4);
        assertThat(ids("tags", m("hasSome", List.of()))).isEmpty();
        assertThat(ids("tags", m("isEmpty", true))).containsExactly(2);
        assertThat(ids("tags", m("isEmpty", false))).containsExactly(1, 4);
        assertThat(ids("tags", m("equals", List.of()))).containsExactly(2);
        assertThat(ids("tags", m("equals", List.of("a", "b")))).containsExactly(1);
        assertThat(ids("tags", m("equals", List.of("b", "a")))).isEmpty();
        assertThat(ids("tags", m("equals", null))).containsExactly(3);
        assertThat(ids("NOT", m("tags", m("has", "a")))).containsExactly(2, 4);
        assertThat(ids("colors", m("has", "BLUE"))).containsExactly(4);
        assertThat(ids("colors", m("hasSome", List.of("RED", "GREEN")))).containsExactly(1, 4);
        assertThat(ids("nums", m("hasSome", List.of(2, 3)))).containsExactly(1, 4);
        assertThat(ids("tags", m("has", "b", "isEmpty", false))).containsExactly(1, 4);
        assertThat(statements).hasSize(17);
    }

    @Test
    void badFiltersAreValidationErrors() {
        assertThatThrownBy(() -> ids("tags", List.of("a"))).isInstanceOf(RefractValidationException.class)
                .hasMessageContaining("expected a list filter");
        assertThatThrownBy(() -> ids("tags", m("contains", "a"))).isInstanceOf(RefractValidationException.class)
                .hasMessageContaining("Unknown argument `contains`");
        assertThatThrownBy(() -> ids("nums", m("has", "one"))).isInstanceOf(RefractValidationException.class);
        assertThatThrownBy(() -> ids("colors", m("has", "PINK"))).isInstanceOf(RefractValidationException.class);
    }

    @Test
    void writesSetAndPush() {
        Instant day = Instant.parse("2024-05-01T10:00:00.123Z");
        client.execute("Item", "create", m("data", m("id", 10, "tags", List.of("q"), "days", List.of(day), "big", List.of(1L << 40))));
        Map<?, ?> pushed = (Map<?, ?>) client.execute("Item", "update", m("where", m("id", 10),
                "data", m("tags", m("push", "r"), "nums", m("push", List.of(7, 8)), "colors", m("set", List.of("GREEN")))));
        assertThat(pushed.get("tags")).isEqualTo(List.of("q", "r"));
        assertThat(pushed.get("nums")).isEqualTo(List.of(7, 8)); // pushing onto NULL gives the pushed values
        assertThat(pushed.get("colors")).isEqualTo(List.of("GREEN"));
        assertThat(pushed.get("days")).isEqualTo(List.of(day));
        assertThat(pushed.get("big")).isEqualTo(List.of(1L << 40));
        Map<?, ?> set = (Map<?, ?>) client.execute("Item", "update", m("where", m("id", 10), "data", m("tags", List.of())));
        assertThat(set.get("tags")).isEqualTo(List.of());
        assertThatThrownBy(() -> client.execute("Item", "update", m("where", m("id", 10), "data", m("tags", m("set", null)))))
                .isInstanceOf(RefractValidationException.class).hasMessageContaining("must not be null");
        assertThatThrownBy(() -> client.execute("Item", "create", m("data", m("id", 11, "tags", m("push", "x")))))
                .isInstanceOf(RefractValidationException.class).hasMessageContaining("Available options: set");
        client.execute("Item", "delete", m("where", m("id", 10)));
    }

    @Test
    void jsonLists() {
        client.execute("Item", "create", m("data", m("id", 20, "docs", List.of(m("a", 1), 2, "s"))));
        Map<?, ?> row = (Map<?, ?>) client.execute("Item", "findUnique", m("where", m("id", 20)));
        assertThat(row.get("docs")).isEqualTo(List.of(m("a", 1), 2, "s"));
        assertThat(ids("docs", m("has", m("a", 1)))).containsExactly(20);
        assertThat(ids("docs", m("has", 3))).isEmpty();
        client.execute("Item", "delete", m("where", m("id", 20)));
    }

    private static Map<String, Object> m(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }
}
