package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.NestedWrite;
import dev.refract.client.query.WriteData;
import dev.refract.schema.model.RelationField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Nested writes on a relation field inside update data: those of {@link RelationCreate}, plus
 * disconnect, set, update, upsert and delete. The forms without a where act on a to-one relation's
 * record; the forms with a unique where pick records of a to-many relation.
 */
public final class RelationUpdate<C extends WriteBuilder, W extends UniqueBuilder, U extends WriteBuilder,
        F extends WhereBuilder<F>> extends RelationCreate<C, W> {
    private final Supplier<U> update;
    private final Supplier<F> where;

    public RelationUpdate(RelationField relation, Supplier<C> data, Supplier<W> unique, Supplier<U> update, Supplier<F> where) {
        super(relation, data, unique);
        this.update = update;
        this.where = where;
    }

    @Override
    public RelationUpdate<C, W, U, F> create(Consumer<C> record) {
        super.create(record);
        return this;
    }

    @Override
    public RelationUpdate<C, W, U, F> createMany(Consumer<CreateRows<C>> rows) {
        super.createMany(rows);
        return this;
    }

    @Override
    public RelationUpdate<C, W, U, F> connect(Consumer<W> where) {
        super.connect(where);
        return this;
    }

    @Override
    public RelationUpdate<C, W, U, F> connectOrCreate(Consumer<W> where, Consumer<C> create) {
        super.connectOrCreate(where, create);
        return this;
    }

    /** Unlink the to-one record (P2014 when the relation is required). */
    public RelationUpdate<C, W, U, F> disconnect() {
        add(new NestedWrite.Disconnect(null));
        return this;
    }

    /** Unlink the to-many record {@code where} finds. */
    public RelationUpdate<C, W, U, F> disconnect(Consumer<W> where) {
        add(new NestedWrite.Disconnect(filter(where)));
        return this;
    }

    /** Make exactly these records the related ones (to-many). */
    @SafeVarargs
    public final RelationUpdate<C, W, U, F> set(Consumer<W>... wheres) {
        List<Filter> filters = new ArrayList<>();
        for (Consumer<W> w : wheres) {
            filters.add(filter(w));
        }
        add(new NestedWrite.SetTo(filters));
        return this;
    }

    /** Update the to-one record. */
    public RelationUpdate<C, W, U, F> update(Consumer<U> data) {
        add(new NestedWrite.Update(null, updateData(data), false));
        return this;
    }

    /** Update the related record {@code where} finds. */
    public RelationUpdate<C, W, U, F> update(Consumer<W> where, Consumer<U> data) {
        add(new NestedWrite.Update(filter(where), updateData(data), false));
        return this;
    }

    /** Update the to-one record, or create it. */
    public RelationUpdate<C, W, U, F> upsert(Consumer<C> create, Consumer<U> data) {
        add(new NestedWrite.Upsert(null, createData(create), updateData(data)));
        return this;
    }

    /** Update the related record {@code where} finds, or create one. */
    public RelationUpdate<C, W, U, F> upsert(Consumer<W> where, Consumer<C> create, Consumer<U> data) {
        add(new NestedWrite.Upsert(filter(where), createData(create), updateData(data)));
        return this;
    }

    /** Delete the to-one record. */
    public RelationUpdate<C, W, U, F> delete() {
        add(new NestedWrite.Delete(null, false));
        return this;
    }

    /** Delete the related record {@code where} finds. */
    public RelationUpdate<C, W, U, F> delete(Consumer<W> where) {
        add(new NestedWrite.Delete(filter(where), false));
        return this;
    }

    /** Update every related record that matches (scalar data only). */
    public RelationUpdate<C, W, U, F> updateMany(Consumer<F> matching, Consumer<U> data) {
        add(new NestedWrite.Update(where.get().build(matching), updateData(data), true));
        return this;
    }

    /** Delete every related record that matches. */
    public RelationUpdate<C, W, U, F> deleteMany(Consumer<F> matching) {
        add(new NestedWrite.Delete(where.get().build(matching), true));
        return this;
    }

    private WriteData updateData(Consumer<U> data) {
        U d = update.get();
        data.accept(d);
        return d.toUpdate();
    }
}
