package dev.refract.client.typed;

import dev.refract.dialect.values.EnumValue;
import dev.refract.schema.model.ScalarField;

/** Conditions on an enum field, with values of the generated Java enum. */
public class EnumFilter<W extends WhereBuilder<W>, E extends Enum<E>> extends EqualityFilter<W, E> {

    public EnumFilter(W where, ScalarField field) {
        super(where, field);
    }

    @Override
    protected Object bind(E value) {
        return value == null ? null : new EnumValue(value.name());
    }
}
