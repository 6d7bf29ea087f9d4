package dev.refract.client.internal.plan;

import dev.refract.client.RefractValidationException;
import dev.refract.client.query.Filter;
import dev.refract.client.query.GroupByQuery;
import dev.refract.client.query.Having;
import dev.refract.client.query.OrderBy;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prisma's rules for a groupBy, checked for both front doors: {@code by} is not empty; a page
 * (take/skip) without orderBy is ordered by the primary key; every field ordered by must be in
 * {@code by} (aggregates aside); every field a having condition filters on must be in {@code by}
 * unless the condition is on an aggregate of it.
 */
public final class GroupByRules {
    private GroupByRules() {
    }

    /** The query with Prisma's implicit order; fails with P2009 when it breaks a rule. */
    public static GroupByQuery check(GroupByQuery query) {
        String model = query.model().name();
        if (query.by().isEmpty()) {
            throw new RefractValidationException(model, "by", "Argument `by` needs at least one field of " + model);
        }
        List<OrderBy> orderBy = new ArrayList<>(query.orderBy());
        boolean paged = query.take() != null || (query.skip() != null && query.skip() > 0);
        if (orderBy.isEmpty() && paged) {
            for (ScalarField id : query.model().primaryKey().map(pk -> pk.scalarFields()).orElse(List.of())) {
                orderBy.add(OrderBy.asc(id));
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (OrderBy o : orderBy) {
            if (o.countOf() != null || !o.path().isEmpty()) {
                throw new RefractValidationException(model, "orderBy", "groupBy orders by the by-fields and aggregates, not by relations");
            }
            if (o.aggregate() == null && !query.by().contains(o.field())) {
                missing.add(o.field().name());
            }
        }
        if (!missing.isEmpty()) {
            throw new RefractValidationException(model, "orderBy", "Every field used for orderBy must be included in the by-arguments of the query. Missing fields: "
                    + String.join(", ", missing));
        }
        Set<String> outside = new LinkedHashSet<>();
        having(query.having(), query.by(), outside);
        if (!outside.isEmpty()) {
            throw new RefractValidationException(model, "having", "Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: "
                    + String.join(", ", outside));
        }
        return new GroupByQuery(query.model(), query.by(), query.where(), query.having(), orderBy, query.take(), query.skip(),
                query.aggregations(), query.countNumber());
    }

    private static void having(Having h, List<ScalarField> by, Set<String> outside) {
        if (h instanceof Having.And a) {
            a.conditions().forEach(c -> having(c, by, outside));
        } else if (h instanceof Having.Or o) {
            o.conditions().forEach(c -> having(c, by, outside));
        } else if (h instanceof Having.Not n) {
            n.conditions().forEach(c -> having(c, by, outside));
        } else if (h instanceof Having.Grouped g) {
            filter(g.filter(), by, outside);
        }
    }

    private static void filter(Filter f, List<ScalarField> by, Set<String> outside) {
        if (f instanceof Filter.And a) {
            a.filters().forEach(c -> filter(c, by, outside));
        } else if (f instanceof Filter.Or o) {
            o.filters().forEach(c -> filter(c, by, outside));
        } else if (f instanceof Filter.Not n) {
            n.filters().forEach(c -> filter(c, by, outside));
        } else if (f instanceof Filter.ScalarFilter s) {
            if (!by.contains(s.field())) {
                outside.add(s.field().name());
            }
        } else if (f instanceof Filter.RelationFilter r) {
            throw new RefractValidationException(r.field().model().name(), "having", "having filters on by-fields and aggregates, not on the relation `"
                    + r.field().name() + "`");
        }
    }
}
