package dev.refract.client.typed;

import dev.refract.client.Json;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * Conditions on a Json field where the database can look inside documents (PostgreSQL, MySQL):
 * equality of the whole value, and, on the value at {@link #path(String...)} (or the whole value),
 * Prisma's string, array and ordering filters. Generated for those databases only; SQLite models get
 * {@link JsonEqualityFilter}.
 */
public class JsonFilter<W extends WhereBuilder<W>> extends JsonEqualityFilter<W> {
    private final boolean insensitive;

    public JsonFilter(W where, ScalarField field) {
        this(where, field, List.of(), false);
    }

    private JsonFilter(W where, ScalarField field, List<String> path, boolean insensitive) {
        super(where, field, path);
        this.insensitive = insensitive;
    }

    /** The value at this path inside the document (object keys; digits index arrays). */
    public JsonFilter<W> path(String... segments) {
        return new JsonFilter<>(where, field, List.of(segments), insensitive);
    }

    /** The following string condition ignores case (Prisma's {@code mode: "insensitive"}). */
    public JsonFilter<W> insensitive() {
        return new JsonFilter<>(where, field, path, true);
    }

    private W op(ScalarOp op, Object value) {
        return where.add(new Filter.JsonFilter(field, path, op, value, insensitive));
    }

    /** The value is a string containing {@code text}. */
    public W stringContains(String text) {
        return op(ScalarOp.STRING_CONTAINS, text);
    }

    public W stringStartsWith(String text) {
        return op(ScalarOp.STRING_STARTS_WITH, text);
    }

    public W stringEndsWith(String text) {
        return op(ScalarOp.STRING_ENDS_WITH, text);
    }

    /** The value is an array containing {@code value} (an array: all its elements). */
    public W arrayContains(Json value) {
        return op(ScalarOp.ARRAY_CONTAINS, value);
    }

    /** The value is an array whose first element is {@code value}. */
    public W arrayStartsWith(Json value) {
        return op(ScalarOp.ARRAY_STARTS_WITH, value);
    }

    /** The value is an array whose last element is {@code value}. */
    public W arrayEndsWith(Json value) {
        return op(ScalarOp.ARRAY_ENDS_WITH, value);
    }

    /** The value is a number below {@code value}. */
    public W lt(Number value) {
        return op(ScalarOp.LT, value);
    }

    public W lte(Number value) {
        return op(ScalarOp.LTE, value);
    }

    public W gt(Number value) {
        return op(ScalarOp.GT, value);
    }

    public W gte(Number value) {
        return op(ScalarOp.GTE, value);
    }

    /** The value is a string ordered before {@code value}. */
    public W lt(String value) {
        return op(ScalarOp.LT, value);
    }

    public W lte(String value) {
        return op(ScalarOp.LTE, value);
    }

    public W gt(String value) {
        return op(ScalarOp.GT, value);
    }

    public W gte(String value) {
        return op(ScalarOp.GTE, value);
    }
}
