package dev.refract.client.query;

import java.util.List;

/**
 * Prisma's {@code aggregate}: the records a {@link ReadQuery} reads (its where, order, cursor and
 * page; its selection is ignored), aggregated. {@code countNumber} is Prisma's {@code _count: true}:
 * the {@code _count} key then holds the number of records rather than an object.
 */
public record AggregateQuery(ReadQuery query, List<Aggregation> aggregations, boolean countNumber) {
    public AggregateQuery {
        aggregations = List.copyOf(aggregations);
    }
}
