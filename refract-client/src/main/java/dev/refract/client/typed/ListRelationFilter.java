package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.RelationCondition;
import dev.refract.schema.model.RelationField;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Conditions on the related records of a list relation: {@code some}, {@code every}, {@code none},
 * each taking the related model's where builder.
 *
 * @param <W> the where builder to return to
 * @param <R> the related model's where builder
 */
public final class ListRelationFilter<W extends WhereBuilder<W>, R extends WhereBuilder<R>> {
    private final W where;
    private final RelationField field;
    private final Supplier<R> related;

    public ListRelationFilter(W where, RelationField field, Supplier<R> related) {
        this.where = where;
        this.field = field;
        this.related = related;
    }

    public W some(Consumer<R> condition) {
        return add(RelationCondition.SOME, condition);
    }

    public W every(Consumer<R> condition) {
        return add(RelationCondition.EVERY, condition);
    }

    public W none(Consumer<R> condition) {
        return add(RelationCondition.NONE, condition);
    }

    private W add(RelationCondition condition, Consumer<R> filter) {
        return where.add(new Filter.RelationFilter(field, condition, related.get().build(filter)));
    }
}
