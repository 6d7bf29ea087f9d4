package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.LevelPlan;
import dev.refract.client.internal.plan.ReadPlanner;
import dev.refract.client.query.OrderBy;
import dev.refract.client.query.ReadQuery;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prisma's {@code distinct}, as Prisma's engine does it: the rows are read in the query's order
 * (reversed for a negative take) without take/skip, the first row of each distinct combination of
 * values is kept, then skip and take apply, in memory. Nested reads do it per parent record.
 */
final class Distinct {
    private Distinct() {
    }

    /** The read to send: the same rows in the effective order (reversed for a negative take), unpaged. */
    static ReadQuery unpaged(ReadQuery query) {
        boolean reversed = query.take() != null && query.take() < 0;
        List<OrderBy> order = new ArrayList<>();
        for (OrderBy o : ReadPlanner.effectiveOrder(query)) {
            order.add(reversed ? o.reversed() : o);
        }
        return new ReadQuery(query.model(), query.where(), order, query.cursor(), null, null, query.distinct(),
                query.selection());
    }

    /** The rows of one read (or one parent), distinct, then paged as {@code query} says, in the query's order. */
    static List<Object[]> apply(List<Object[]> rows, ReadQuery query, LevelPlan plan) {
        int[] positions = query.distinct().stream().mapToInt(plan::position).toArray();
        Set<List<Object>> seen = new HashSet<>();
        List<Object[]> kept = new ArrayList<>();
        for (Object[] row : rows) {
            List<Object> key = new ArrayList<>(positions.length);
            for (int p : positions) {
                key.add(comparable(row[p]));
            }
            if (seen.add(key)) {
                kept.add(row);
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

    /** {@link #apply} per parent: rows grouped by their link columns (from {@code linkStart}), parents in first-seen order. */
    static List<Object[]> perParent(List<Object[]> rows, ReadQuery query, LevelPlan plan, int linkStart, int linkWidth) {
        Map<List<Object>, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            groups.computeIfAbsent(Arrays.asList(row).subList(linkStart, linkStart + linkWidth), k -> new ArrayList<>()).add(row);
        }
        List<Object[]> out = new ArrayList<>();
        for (List<Object[]> group : groups.values()) {
            out.addAll(apply(group, query, plan));
        }
        return out;
    }

    /** Values that are equal for Prisma compare equal here: decimals by value, bytes by content. */
    private static Object comparable(Object value) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (value instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        return value;
    }
}
