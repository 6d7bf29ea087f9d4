package dev.refract.client.query;

import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * One sort key, with Prisma's {@code sort: asc|desc} and {@code nulls: first|last}: a scalar field
 * of the model, or of a record reached through single relations ({@code path}, outermost first;
 * empty for the model's own fields); or, with {@code countOf}, the number of records of a list
 * relation of the record at the end of {@code path} (Prisma's {@code {posts: {_count: 'desc'}}});
 * or, in a groupBy, with {@code aggregate}, the aggregate of {@code field} over each group
 * ({@code {_sum: {views: 'desc'}}}).
 */
public record OrderBy(List<RelationField> path, ScalarField field, RelationField countOf, Aggregation.Op aggregate,
        boolean descending, Nulls nulls) {

    /** Where nulls go; {@code DEFAULT} is the database's own order. */
    public enum Nulls { DEFAULT, FIRST, LAST }

    public OrderBy {
        path = List.copyOf(path);
    }

    /** A scalar field, of the model or (through {@code path}) of a related record. */
    public OrderBy(List<RelationField> path, ScalarField field, boolean descending, Nulls nulls) {
        this(path, field, null, null, descending, nulls);
    }

    public static OrderBy asc(ScalarField field) {
        return new OrderBy(List.of(), field, false, Nulls.DEFAULT);
    }

    /** The number of related records of the list relation {@code relation} (reached through {@code path}). */
    public static OrderBy relationCount(List<RelationField> path, RelationField relation, boolean descending) {
        return new OrderBy(path, null, relation, null, descending, Nulls.DEFAULT);
    }

    /** An aggregate of a field over each group of a groupBy. */
    public static OrderBy aggregate(Aggregation.Op op, ScalarField field, boolean descending) {
        return new OrderBy(List.of(), field, null, op, descending, Nulls.DEFAULT);
    }

    /** A key on the model's own scalar field (no relation path, no count, no aggregate). */
    public boolean isOwnField() {
        return path.isEmpty() && countOf == null && aggregate == null;
    }

    /** The same key sorted the other way, nulls moved to the other end (for negative take). */
    public OrderBy reversed() {
        Nulls flipped = nulls == Nulls.FIRST ? Nulls.LAST : nulls == Nulls.LAST ? Nulls.FIRST : Nulls.DEFAULT;
        return new OrderBy(path, field, countOf, aggregate, !descending, flipped);
    }
}
