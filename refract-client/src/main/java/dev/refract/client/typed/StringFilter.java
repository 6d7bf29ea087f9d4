package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;

/**
 * Conditions on a String field: comparisons, {@code contains}, {@code startsWith}, {@code endsWith};
 * {@link #insensitive()} gives the same conditions with Prisma's {@code mode: "insensitive"}.
 */
public class StringFilter<W extends WhereBuilder<W>> extends ComparableFilter<W, String> {
    private final boolean insensitive;

    public StringFilter(W where, ScalarField field) {
        this(where, field, false);
    }

    private StringFilter(W where, ScalarField field, boolean insensitive) {
        super(where, field);
        this.insensitive = insensitive;
    }

    /** The following condition ignores case (Prisma's {@code mode: "insensitive"}). */
    public StringFilter<W> insensitive() {
        return new StringFilter<>(where, field, true);
    }

    @Override
    protected W op(ScalarOp op, Object value) {
        return where.add(new Filter.ScalarFilter(field, op, value, insensitive));
    }

    public W contains(String value) {
        return op(ScalarOp.CONTAINS, value);
    }

    public W startsWith(String value) {
        return op(ScalarOp.STARTS_WITH, value);
    }

    public W endsWith(String value) {
        return op(ScalarOp.ENDS_WITH, value);
    }
}
