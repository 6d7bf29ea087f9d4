package dev.refract.client.typed;

import dev.refract.client.query.Aggregation;
import dev.refract.client.query.Having;
import dev.refract.schema.model.ScalarField;
import java.util.function.Consumer;

/**
 * The aggregates of a number field a having condition can compare: also {@code _avg} (of type
 * {@code A}: Double, or BigDecimal for Decimal fields) and {@code _sum} (the field's type).
 */
public final class NumberHavingField<H, T, A> extends HavingField<H, T> {

    public NumberHavingField(H owner, ScalarField field, Consumer<Having> sink) {
        super(owner, field, sink);
    }

    public AggregateCondition<H, A> _avg() {
        return condition(Aggregation.Op.AVG);
    }

    public AggregateCondition<H, T> _sum() {
        return condition(Aggregation.Op.SUM);
    }
}
