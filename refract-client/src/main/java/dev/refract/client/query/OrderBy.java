package dev.refract.client.query;

import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * One sort key: a scalar field of the model, or of a record reached through single relations
 * ({@code path}, outermost first; empty for the model's own fields), with Prisma's
 * {@code sort: asc|desc} and {@code nulls: first|last}.
 */
public record OrderBy(List<RelationField> path, ScalarField field, boolean descending, Nulls nulls) {

    /** Where nulls go; {@code DEFAULT} is the database's own order. */
    public enum Nulls { DEFAULT, FIRST, LAST }

    public OrderBy {
        path = List.copyOf(path);
    }

    public static OrderBy asc(ScalarField field) {
        return new OrderBy(List.of(), field, false, Nulls.DEFAULT);
    }

    /** The same key sorted the other way, nulls moved to the other end (for negative take). */
    public OrderBy reversed() {
        Nulls flipped = nulls == Nulls.FIRST ? Nulls.LAST : nulls == Nulls.LAST ? Nulls.FIRST : Nulls.DEFAULT;
        return new OrderBy(path, field, !descending, flipped);
    }
}
