package dev.refract.client.typed;

import dev.refract.client.query.OrderBy;
import dev.refract.schema.model.RelationField;
import java.util.List;

/** Records sorted by how many records a list relation has: {@code o -> o.posts()._count().desc()}. */
public final class RelationCountSort<O> {
    private final O owner;
    private final List<RelationField> path;
    private final RelationField relation;
    private final List<OrderBy> keys;

    RelationCountSort(O owner, List<RelationField> path, RelationField relation, List<OrderBy> keys) {
        this.owner = owner;
        this.path = path;
        this.relation = relation;
        this.keys = keys;
    }

    /** Prisma's {@code {posts: {_count: 'asc' | 'desc'}}}. */
    public RelationCountSort<O> _count() {
        return this;
    }

    public O asc() {
        keys.add(OrderBy.relationCount(path, relation, false));
        return owner;
    }

    public O desc() {
        keys.add(OrderBy.relationCount(path, relation, true));
        return owner;
    }
}
