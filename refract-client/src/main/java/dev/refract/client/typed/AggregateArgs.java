package dev.refract.client.typed;

import dev.refract.client.query.AggregateQuery;
import dev.refract.client.query.Aggregation;
import dev.refract.client.query.CountQuery;
import dev.refract.client.query.GroupByQuery;
import dev.refract.client.query.Having;
import dev.refract.client.query.OrderBy;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * What generated aggregate, groupBy and count builders collect besides the read arguments
 * ({@link ReadArgs}): the aggregations in order, the groupBy's fields, having and group order.
 * Mutable, used by one thread while a query is being built.
 */
public final class AggregateArgs {
    private final ReadArgs read;
    private final List<Aggregation> aggregations = new ArrayList<>();
    private final List<ScalarField> by = new ArrayList<>();
    private final List<Having> having = new ArrayList<>();
    private final List<OrderBy> groupOrder = new ArrayList<>();

    public AggregateArgs(ReadArgs read) {
        this.read = read;
    }

    public ReadArgs read() {
        return read;
    }

    public void add(List<Aggregation> more) {
        aggregations.addAll(more);
    }

    public void by(List<ScalarField> fields) {
        for (ScalarField f : fields) {
            if (!by.contains(f)) {
                by.add(f);
            }
        }
    }

    public void having(Having condition) {
        having.add(condition);
    }

    public void groupOrder(List<OrderBy> keys) {
        groupOrder.addAll(keys);
    }

    /** Prisma's aggregate; at least one aggregation must have been asked for. */
    public AggregateQuery toAggregate() {
        if (aggregations.isEmpty()) {
            throw new IllegalArgumentException("aggregate needs at least one of _count, _avg, _sum, _min, _max");
        }
        return new AggregateQuery(read.toQuery(), aggregations, false);
    }

    /** Prisma's groupBy over the read's where, take and skip. */
    public GroupByQuery toGroupBy() {
        var q = read.toQuery();
        Having h = having.isEmpty() ? Having.ALL : having.size() == 1 ? having.get(0) : new Having.And(having);
        return new GroupByQuery(q.model(), by, q.where(), h, groupOrder, q.take(), q.skip(), aggregations, false);
    }

    /** Prisma's count with {@code select}: {@code _all} and the fields picked. */
    public CountQuery toCount() {
        boolean all = false;
        List<ScalarField> fields = new ArrayList<>();
        for (Aggregation a : aggregations) {
            if (a.field() == null) {
                all = true;
            } else {
                fields.add(a.field());
            }
        }
        return new CountQuery(read.toQuery(), true, all, fields);
    }
}
