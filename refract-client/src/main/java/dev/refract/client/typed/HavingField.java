package dev.refract.client.typed;

import dev.refract.client.query.Aggregation;
import dev.refract.client.query.Having;
import dev.refract.schema.model.ScalarField;
import java.util.function.Consumer;

/**
 * The aggregates of one field a having condition can compare: {@code _count} of any field,
 * {@code _min}/{@code _max} of orderable ones ({@link NumberHavingField} adds {@code _avg} and
 * {@code _sum} for numbers).
 *
 * @param <H> the having builder to return to
 * @param <T> the field's Java type
 */
public class HavingField<H, T> {
    protected final H owner;
    protected final ScalarField field;
    protected final Consumer<Having> sink;

    public HavingField(H owner, ScalarField field, Consumer<Having> sink) {
        this.owner = owner;
        this.field = field;
        this.sink = sink;
    }

    public AggregateCondition<H, Integer> _count() {
        return condition(Aggregation.Op.COUNT);
    }

    public AggregateCondition<H, T> _min() {
        return condition(Aggregation.Op.MIN);
    }

    public AggregateCondition<H, T> _max() {
        return condition(Aggregation.Op.MAX);
    }

    protected final <V> AggregateCondition<H, V> condition(Aggregation.Op op) {
        return new AggregateCondition<>(owner, new Aggregation(op, field), sink);
    }
}
