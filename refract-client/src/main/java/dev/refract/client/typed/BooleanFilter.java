package dev.refract.client.typed;

import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;

/** Conditions on a Boolean field: {@code eq}, {@code not}, null checks (Prisma's BoolFilter). */
public class BooleanFilter<W extends WhereBuilder<W>> {
    private final EqualityFilter<W, Boolean> base;

    public BooleanFilter(W where, ScalarField field) {
        this.base = new EqualityFilter<>(where, field);
    }

    public W eq(boolean value) {
        return base.op(ScalarOp.EQUALS, value);
    }

    public W not(boolean value) {
        return base.op(ScalarOp.NOT, value);
    }

    public W isNull() {
        return base.isNull();
    }

    public W isNotNull() {
        return base.isNotNull();
    }
}
