package dev.refract.client.typed;

import dev.refract.client.query.Aggregation;
import dev.refract.client.query.OrderBy;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/** Groups sorted by an aggregate of the fields picked: {@code o -> o._sum(f -> f.views()).desc()}. */
public final class AggregateSort<O> {
    private final O owner;
    private final Aggregation.Op op;
    private final List<ScalarField> fields;
    private final List<OrderBy> keys;

    public AggregateSort(O owner, Aggregation.Op op, List<ScalarField> fields, List<OrderBy> keys) {
        if (fields.isEmpty() || fields.contains(null)) {
            throw new IllegalArgumentException("groups are ordered by " + op.key() + " of fields (not _all)");
        }
        this.owner = owner;
        this.op = op;
        this.fields = fields;
        this.keys = keys;
    }

    public O asc() {
        return add(false);
    }

    public O desc() {
        return add(true);
    }

    private O add(boolean descending) {
        for (ScalarField f : fields) {
            keys.add(OrderBy.aggregate(op, f, descending));
        }
        return owner;
    }
}
