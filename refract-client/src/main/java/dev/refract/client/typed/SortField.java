package dev.refract.client.typed;

import dev.refract.client.query.OrderBy;
import dev.refract.client.query.OrderBy.Nulls;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/** One field to sort by: {@code asc()} or {@code desc()}, optionally with where nulls go. */
public final class SortField<O> {
    private final O owner;
    private final ScalarField field;
    private final List<RelationField> path;
    private final List<OrderBy> keys;

    SortField(O owner, ScalarField field, List<RelationField> path, List<OrderBy> keys) {
        this.owner = owner;
        this.field = field;
        this.path = path;
        this.keys = keys;
    }

    public O asc() {
        return add(false, Nulls.DEFAULT);
    }

    public O desc() {
        return add(true, Nulls.DEFAULT);
    }

    /** Ascending, nulls {@code FIRST} or {@code LAST} (Prisma's {@code {sort, nulls}}). */
    public O asc(Nulls nulls) {
        return add(false, nulls);
    }

    public O desc(Nulls nulls) {
        return add(true, nulls);
    }

    private O add(boolean descending, Nulls nulls) {
        keys.add(new OrderBy(path, field, descending, nulls));
        return owner;
    }
}
