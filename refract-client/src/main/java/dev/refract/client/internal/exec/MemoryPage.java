package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.LevelPlan;
import dev.refract.client.internal.plan.ReadPlanner;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.values.EnumValue;
import dev.refract.schema.model.ScalarField;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads paged in memory, as Prisma's engine does for {@code distinct} and for a cursor with sort
 * keys on related records: the rows are read in the query's order (reversed for a negative take)
 * without take/skip; rows before the cursor record are dropped (a relation cursor lets rows without
 * the related record through), the first row of each distinct combination of values is kept, then
 * skip and take apply. Nested reads do it per parent record.
 */
final class MemoryPage {
    private MemoryPage() {
    }

    /** Whether the read is paged in memory. */
    static boolean applies(ReadQuery query) {
        return !query.distinct().isEmpty() || ReadPlanner.cursorOnRelations(query);
    }

    /** The read to send: the same rows in the effective order (reversed for a negative take), unpaged. */
    static ReadQuery unpaged(ReadQuery query) {
        List<OrderBy> order = ReadPlanner.sentOrder(query);
        return new ReadQuery(query.model(), query.where(), order, query.cursor(), null, null, query.distinct(),
                query.selection());
    }

    /** The rows of one read (or one parent), distinct, then paged as {@code query} says, in the query's order. */
    static List<Object[]> apply(List<Object[]> rows, ReadQuery query, LevelPlan plan) {
        if (ReadPlanner.cursorOnRelations(query)) {
            rows = fromCursor(rows, query, plan);
        }
        List<Object[]> kept = rows;
        if (!query.distinct().isEmpty()) {
            int[] positions = query.distinct().stream().mapToInt(plan::position).toArray();
            Set<List<Object>> seen = new HashSet<>();
            kept = new ArrayList<>();
            for (Object[] row : rows) {
                List<Object> key = new ArrayList<>(positions.length);
                for (int p : positions) {
                    key.add(comparable(row[p]));
                }
                if (seen.add(key)) {
                    kept.add(row);
                }
            }
        }
        int skip = query.skip() == null ? 0 : Math.min(query.skip(), kept.size());
        int end = query.take() == null ? kept.size() : (int) Math.min(kept.size(), (long) skip + Math.abs(query.take()));
        List<Object[]> page = new ArrayList<>(kept.subList(skip, end));
        if (query.take() != null && query.take() < 0) {
            Collections.reverse(page);
        }
        return page;
    }

    /** {@link #apply} per parent: rows grouped by their link values (at {@code links}), parents in first-seen order. */
    static List<Object[]> perParent(List<Object[]> rows, ReadQuery query, LevelPlan plan, int[] links) {
        Map<List<Object>, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Object[] key = new Object[links.length];
            for (int i = 0; i < links.length; i++) {
                key[i] = row[links[i]];
            }
            groups.computeIfAbsent(Arrays.asList(key), k -> new ArrayList<>()).add(row);
        }
        List<Object[]> out = new ArrayList<>();
        for (List<Object[]> group : groups.values()) {
            out.addAll(apply(group, query, plan));
        }
        return out;
    }

    /** The rows from the cursor record on (all of them when it is not among them). */
    private static List<Object[]> fromCursor(List<Object[]> rows, ReadQuery query, LevelPlan plan) {
        for (int r = 0; r < rows.size(); r++) {
            boolean match = true;
            for (Map.Entry<ScalarField, Object> e : query.cursor().entrySet()) {
                if (!Objects.equals(comparable(rows.get(r)[plan.position(e.getKey())]), comparable(e.getValue()))) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return rows.subList(r, rows.size());
            }
        }
        return rows;
    }

    /** Values that are equal for Prisma compare equal here: decimals by value, bytes by content. */
    private static Object comparable(Object value) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (value instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        if (value instanceof EnumValue e) {
            return e.name();
        }
        return value;
    }
}
