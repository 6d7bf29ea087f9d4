package dev.refract.client.typed;

import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;

/**
 * Conditions on an ordered field: Int, BigInt, Float, Decimal, DateTime (and String, see
 * {@link StringFilter}): equality plus {@code lt}, {@code lte}, {@code gt}, {@code gte}.
 */
public class ComparableFilter<W extends WhereBuilder<W>, T> extends EqualityFilter<W, T> {

    public ComparableFilter(W where, ScalarField field) {
        super(where, field);
    }

    public W lt(T value) {
        return op(ScalarOp.LT, bind(value));
    }

    public W lte(T value) {
        return op(ScalarOp.LTE, bind(value));
    }

    public W gt(T value) {
        return op(ScalarOp.GT, bind(value));
    }

    public W gte(T value) {
        return op(ScalarOp.GTE, bind(value));
    }
}
