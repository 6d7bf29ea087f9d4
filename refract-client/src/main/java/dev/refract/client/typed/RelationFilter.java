package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.RelationCondition;
import dev.refract.schema.model.RelationField;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Conditions on the related record of a single relation: {@code is}, {@code isNot}, and whether
 * there is one ({@code is: null} / {@code isNot: null}).
 */
public final class RelationFilter<W extends WhereBuilder<W>, R extends WhereBuilder<R>> {
    private final W where;
    private final RelationField field;
    private final Supplier<R> related;

    public RelationFilter(W where, RelationField field, Supplier<R> related) {
        this.where = where;
        this.field = field;
        this.related = related;
    }

    /** The related record exists and matches. */
    public W is(Consumer<R> condition) {
        return where.add(new Filter.RelationFilter(field, RelationCondition.IS, related.get().build(condition)));
    }

    /** There is no related record that matches (records without one qualify). */
    public W isNot(Consumer<R> condition) {
        return where.add(new Filter.RelationFilter(field, RelationCondition.IS_NOT, related.get().build(condition)));
    }

    /** There is no related record ({@code is: null}). */
    public W isNull() {
        return where.add(new Filter.RelationFilter(field, RelationCondition.IS, null));
    }

    /** There is a related record ({@code isNot: null}). */
    public W isNotNull() {
        return where.add(new Filter.RelationFilter(field, RelationCondition.IS_NOT, null));
    }
}
