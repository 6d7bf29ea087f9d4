package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Conditions on one field whose values compare for equality only (Bytes, and the base of the other
 * filters): {@code eq}, {@code not}, {@code in}, {@code notIn} and null checks.
 *
 * @param <W> the where builder to return to
 * @param <T> the field's Java type
 */
public class EqualityFilter<W extends WhereBuilder<W>, T> {
    protected final W where;
    protected final ScalarField field;

    public EqualityFilter(W where, ScalarField field) {
        this.where = where;
        this.field = field;
    }

    /** The value bound for a Java value (enums override this). */
    protected Object bind(T value) {
        return value;
    }

    protected W op(ScalarOp op, Object value) {
        return where.add(new Filter.ScalarFilter(field, op, value, false));
    }

    /** Prisma's {@code equals}; spelled {@code eq} so that a value of the wrong type does not compile. */
    public W eq(T value) {
        return op(ScalarOp.EQUALS, bind(value));
    }

    public W not(T value) {
        return op(ScalarOp.NOT, bind(value));
    }

    @SafeVarargs
    public final W in(T... values) {
        return in(Arrays.asList(values));
    }

    public W in(Collection<? extends T> values) {
        return op(ScalarOp.IN, bindAll(values));
    }

    @SafeVarargs
    public final W notIn(T... values) {
        return notIn(Arrays.asList(values));
    }

    public W notIn(Collection<? extends T> values) {
        return op(ScalarOp.NOT_IN, bindAll(values));
    }

    /** The field is null ({@code equals: null}). */
    public W isNull() {
        return op(ScalarOp.EQUALS, null);
    }

    /** The field is not null ({@code not: null}). */
    public W isNotNull() {
        return op(ScalarOp.NOT, null);
    }

    private List<Object> bindAll(Collection<? extends T> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (T value : values) {
            out.add(bind(value));
        }
        return out;
    }
}
