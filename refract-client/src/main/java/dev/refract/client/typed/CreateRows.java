package dev.refract.client.typed;

import dev.refract.client.query.WriteData;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The rows of a typed createMany ({@code m.row(d -> ...).row(d -> ...).skipDuplicates()}). */
public final class CreateRows<C extends WriteBuilder> {
    private final Supplier<C> data;
    private final Set<ScalarField> provided;
    private final List<WriteData> rows = new ArrayList<>();
    private boolean skipDuplicates;

    public CreateRows(Supplier<C> data) {
        this(data, Set.of());
    }

    /** Rows of a nested createMany: {@code provided} are the foreign key fields the parent fills in. */
    public CreateRows(Supplier<C> data, Set<ScalarField> provided) {
        this.data = data;
        this.provided = Set.copyOf(provided);
    }

    /** One more row; its required fields are checked now (P2009). */
    public CreateRows<C> row(Consumer<C> row) {
        C d = data.get();
        row.accept(d);
        rows.add(d.toCreate(provided));
        return this;
    }

    /** Skip rows that would violate a unique constraint (ON CONFLICT DO NOTHING / INSERT IGNORE). */
    public CreateRows<C> skipDuplicates() {
        skipDuplicates = true;
        return this;
    }

    public List<WriteData> rows() {
        return List.copyOf(rows);
    }

    public boolean skipsDuplicates() {
        return skipDuplicates;
    }
}
