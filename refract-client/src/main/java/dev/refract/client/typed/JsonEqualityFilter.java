package dev.refract.client.typed;

import dev.refract.client.Json;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * Equality conditions on a Json field (every database): {@code eq}/{@code not} with a {@link Json}
 * value or one of Prisma's null kinds ({@link Json#DB_NULL}, {@link Json#JSON_NULL},
 * {@link Json#ANY_NULL}).
 */
public class JsonEqualityFilter<W extends WhereBuilder<W>> {
    protected final W where;
    protected final ScalarField field;
    protected final List<String> path;

    public JsonEqualityFilter(W where, ScalarField field) {
        this(where, field, List.of());
    }

    protected JsonEqualityFilter(W where, ScalarField field, List<String> path) {
        this.where = where;
        this.field = field;
        this.path = path;
    }

    private W add(ScalarOp op, Object value) {
        return where.add(new Filter.JsonFilter(field, path, op, value, false));
    }

    /** The value equals {@code value} as JSON (Java null: JSON {@code null}). */
    public W eq(Json value) {
        return add(ScalarOp.EQUALS, value == null ? Json.of(null) : value);
    }

    /** SQL NULL, JSON null, or either. */
    public W eq(Json.Null kind) {
        return add(ScalarOp.EQUALS, kind);
    }

    /** The value is not {@code value} (SQL NULL values match neither). */
    public W not(Json value) {
        return add(ScalarOp.NOT, value == null ? Json.of(null) : value);
    }

    public W not(Json.Null kind) {
        return add(ScalarOp.NOT, kind);
    }
}
