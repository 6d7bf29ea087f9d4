package dev.refract.client.query;

import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * Prisma's {@code groupBy}: the records {@code where} keeps, grouped by the values of {@code by};
 * per group the by-fields and the aggregates. {@code having} filters groups, {@code orderBy} sorts
 * them by by-fields or aggregates ({@link OrderBy#aggregate()}), {@code take}/{@code skip} page them.
 * {@code countNumber}: Prisma's {@code _count: true}, a number rather than an object.
 */
public record GroupByQuery(Model model, List<ScalarField> by, Filter where, Having having, List<OrderBy> orderBy,
        Integer take, Integer skip, List<Aggregation> aggregations, boolean countNumber) {
    public GroupByQuery {
        by = List.copyOf(by);
        where = where == null ? Filter.ALL : where;
        having = having == null ? Having.ALL : having;
        orderBy = List.copyOf(orderBy);
        aggregations = List.copyOf(aggregations);
    }
}
