package dev.refract.client.typed;

import dev.refract.client.Json;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.dialect.values.ArrayValue;
import dev.refract.dialect.values.EnumValue;
import dev.refract.dialect.values.JsonText;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Conditions on a scalar list field (PostgreSQL arrays, Json lists included): {@code has}, {@code hasEvery},
 * {@code hasSome}, {@code isEmpty} and {@code eq} of the whole list, as Prisma's list filters. A list
 * that is SQL NULL matches only {@link #isNull()}.
 *
 * @param <W> the where builder to return to
 * @param <T> the element's Java type
 */
public class ScalarListFilter<W extends WhereBuilder<W>, T> {
    private final W where;
    private final ScalarField field;
    private final String enumType;

    /** A list of built-in scalars. */
    public ScalarListFilter(W where, ScalarField field) {
        this(where, field, null);
    }

    /** A list of enum values; {@code enumType} is the enum's database type name. */
    public ScalarListFilter(W where, ScalarField field, String enumType) {
        this.where = where;
        this.field = field;
        this.enumType = enumType;
    }

    private W op(ScalarOp op, Object value) {
        return where.add(new Filter.ScalarFilter(field, op, value, false));
    }

    /** The list holds {@code value}. */
    public W has(T value) {
        return op(ScalarOp.HAS, array(field, enumType, Collections.singletonList(value)));
    }

    @SafeVarargs
    public final W hasEvery(T... values) {
        return hasEvery(Arrays.asList(values));
    }

    /** The list holds every one of {@code values} (true for none). */
    public W hasEvery(Collection<? extends T> values) {
        return op(ScalarOp.HAS_EVERY, array(field, enumType, values));
    }

    @SafeVarargs
    public final W hasSome(T... values) {
        return hasSome(Arrays.asList(values));
    }

    /** The list holds at least one of {@code values} (false for none). */
    public W hasSome(Collection<? extends T> values) {
        return op(ScalarOp.HAS_SOME, array(field, enumType, values));
    }

    /** The list is empty ({@code true}) or not ({@code false}); a NULL list is neither. */
    public W isEmpty(boolean empty) {
        return op(empty ? ScalarOp.EQUALS : ScalarOp.NOT, array(field, enumType, List.of()));
    }

    /** The list equals {@code values}, in order. */
    public W eq(List<? extends T> values) {
        return op(ScalarOp.EQUALS, array(field, enumType, values));
    }

    /** The list is SQL NULL. */
    public W isNull() {
        return op(ScalarOp.EQUALS, null);
    }

    /** The values as one bound array of the field's element type (enums by name, Json as JSON text, null Json as JSON null). */
    static ArrayValue array(ScalarField field, String enumType, Collection<?> values) {
        List<Object> items = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v instanceof Enum<?> e) {
                items.add(new EnumValue(e.name()));
            } else if (v instanceof Json json) {
                items.add(new JsonText(json.toString()));
            } else if (v == null && field.type().is(ScalarKind.JSON)) {
                items.add(new JsonText("null"));
            } else {
                items.add(v);
            }
        }
        return new ArrayValue(field.type() instanceof FieldType.Scalar s ? s.kind() : null, enumType, items);
    }
}
