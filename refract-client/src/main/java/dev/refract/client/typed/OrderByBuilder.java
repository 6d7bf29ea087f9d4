package dev.refract.client.typed;

import dev.refract.client.query.Aggregation;
import dev.refract.client.query.OrderBy;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of a generated {@code <Model>OrderBy}: sort keys in the order they are given, on the
 * model's scalar fields or, through single relations, on a related record's fields, or on the number
 * of records of a list relation.
 */
public abstract class OrderByBuilder<O extends OrderByBuilder<O>> {
    private final List<RelationField> path;
    private final List<OrderBy> keys;

    protected OrderByBuilder() {
        this(List.of(), new ArrayList<>());
    }

    protected OrderByBuilder(List<RelationField> path, List<OrderBy> keys) {
        this.path = List.copyOf(path);
        this.keys = keys;
    }

    @SuppressWarnings("unchecked")
    protected final O self() {
        return (O) this;
    }

    protected final SortField<O> sort(ScalarField field) {
        return new SortField<>(self(), field, path, keys);
    }

    /** Sort keys on the record a single relation leads to. */
    protected final <R extends OrderByBuilder<R>> O nest(RelationField relation,
            BiFunction<List<RelationField>, List<OrderBy>, R> factory, Consumer<R> keysOfRelated) {
        List<RelationField> longer = new ArrayList<>(path);
        longer.add(relation);
        keysOfRelated.accept(factory.apply(longer, keys));
        return self();
    }

    /** Sort by the number of records of a list relation. */
    protected final RelationCountSort<O> count(RelationField relation) {
        return new RelationCountSort<>(self(), path, relation, keys);
    }

    /** Groups sorted by an aggregate of the fields {@code pick} picks (groupBy orders). */
    protected final <F extends AggregateFields<F>> AggregateSort<O> aggregate(Aggregation.Op op, Supplier<F> picker, Consumer<F> pick) {
        List<ScalarField> fields = new ArrayList<>();
        for (Aggregation a : AggregateFields.of(op, picker, pick)) {
            fields.add(a.field());
        }
        return new AggregateSort<>(self(), op, fields, keys);
    }

    /** The sort keys so far. */
    public final List<OrderBy> keys() {
        return List.copyOf(keys);
    }
}
