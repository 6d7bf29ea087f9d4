package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.NestedWrite;
import dev.refract.client.query.WriteData;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Nested writes on a relation field inside create data: create related records, connect existing
 * ones, or connect-or-create. {@code C} is the related model's create data, {@code W} its unique where.
 * A nested create need not set the foreign key that the parent fills in.
 */
public class RelationCreate<C extends WriteBuilder, W extends UniqueBuilder> {
    private final RelationField relation;
    private final Supplier<C> data;
    private final Supplier<W> unique;
    private final Set<ScalarField> provided;
    private final List<NestedWrite> writes = new ArrayList<>();

    public RelationCreate(RelationField relation, Supplier<C> data, Supplier<W> unique) {
        this.relation = relation;
        this.data = data;
        this.unique = unique;
        this.provided = relation.isReferencing() || relation.relation().isManyToMany() ? Set.of()
                : Set.copyOf(relation.opposite().fields());
    }

    /** Create a related record linked to the parent. */
    public RelationCreate<C, W> create(Consumer<C> record) {
        add(new NestedWrite.Create(createData(record)));
        return this;
    }

    /** Create related records in one INSERT per chunk (to-many relations; scalar data only). */
    public RelationCreate<C, W> createMany(Consumer<CreateRows<C>> rows) {
        add(createManyOf(rows));
        return this;
    }

    /** Link an existing record (P2025 when it does not exist). */
    public RelationCreate<C, W> connect(Consumer<W> where) {
        add(new NestedWrite.Connect(filter(where)));
        return this;
    }

    /** Link the record {@code where} finds, or create it. */
    public RelationCreate<C, W> connectOrCreate(Consumer<W> where, Consumer<C> create) {
        add(new NestedWrite.ConnectOrCreate(filter(where), createData(create)));
        return this;
    }

    /** The nested writes, in the order given. */
    public final List<NestedWrite> writes() {
        return List.copyOf(writes);
    }

    protected final RelationField relation() {
        return relation;
    }

    protected final void add(NestedWrite write) {
        writes.add(write);
    }

    protected final WriteData createData(Consumer<C> record) {
        C d = data.get();
        record.accept(d);
        return d.toCreate(provided);
    }

    protected final NestedWrite createManyOf(Consumer<CreateRows<C>> rows) {
        CreateRows<C> m = new CreateRows<>(data, provided);
        rows.accept(m);
        return new NestedWrite.CreateMany(m.rows(), m.skipsDuplicates());
    }

    protected final Filter filter(Consumer<W> where) {
        W w = unique.get();
        where.accept(w);
        return w.toFilter();
    }
}
