package dev.refract.client.internal.plan;

import dev.refract.dialect.sql.Select;
import dev.refract.schema.model.ScalarKind;
import java.util.List;

/**
 * The one statement of an aggregate or groupBy: the SELECT and how to read its columns (a groupBy's
 * by-fields first, then the aggregates in the query's order; null kind: an enum, read by name).
 * {@code reversed}: rows come in reverse order (negative take) and are turned back after reading.
 */
public record AggregatePlan(Select select, List<ScalarKind> kinds, boolean reversed) {
    public AggregatePlan {
        kinds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(kinds));
    }
}
