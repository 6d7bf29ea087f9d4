package dev.refract.client.typed;

import dev.refract.client.Json;
import dev.refract.client.RefractValidationException;
import dev.refract.dialect.values.JsonText;
import dev.refract.client.query.FieldWrite;
import dev.refract.client.query.NestedWrite;
import dev.refract.client.query.WriteData;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The base of a generated {@code <Model>CreateData} or {@code <Model>UpdateData}: the scalar writes
 * and nested relation writes that the generated, typed setters record, as a {@link WriteData}.
 * Required fields of a create are checked when the data is built (P2009, as the dynamic entry point).
 */
public abstract class WriteBuilder {
    private final Model model;
    private final Map<ScalarField, FieldWrite> scalars = new LinkedHashMap<>();
    private final Map<RelationField, List<NestedWrite>> relations = new LinkedHashMap<>();

    protected WriteBuilder(Model model) {
        this.model = model;
    }

    /** {@code field = value}; null only on optional fields (P2009 otherwise). */
    protected final void set(ScalarField field, Object value) {
        if (value == null && field.isRequired()) {
            throw new RefractValidationException(model.name(), field.name(), "Argument `" + field.name() + "` must not be null.");
        }
        scalars.put(field, new FieldWrite.Set(value));
    }

    /** A scalar list: {@code field = values} (never null; enums by name). */
    protected final void setList(ScalarField field, String enumType, java.util.Collection<?> values) {
        if (values == null) {
            throw new RefractValidationException(model.name(), field.name(), "Argument `" + field.name() + "` must not be null.");
        }
        scalars.put(field, new FieldWrite.Set(ScalarListFilter.array(field, enumType, values)));
    }

    /** A scalar list update's {@code push}: appends {@code values}. */
    protected final void pushList(ScalarField field, String enumType, java.util.Collection<?> values) {
        scalars.put(field, new FieldWrite.Push(ScalarListFilter.array(field, enumType, values)));
    }

    /** A Json field: a value (Java null: JSON null, as Prisma), {@link Json#JSON_NULL}, or {@link Json#DB_NULL}. */
    protected final void setJson(ScalarField field, Object value) {
        if (value == Json.Null.DB_NULL) {
            set(field, null);
        } else if (value == Json.Null.ANY_NULL) {
            throw new RefractValidationException(model.name(), field.name(), "AnyNull is a filter value; write DB_NULL or JSON_NULL.");
        } else if (value == null || value == Json.Null.JSON_NULL) {
            set(field, new JsonText("null"));
        } else {
            set(field, new JsonText(value.toString()));
        }
    }

    /** {@code field = field <op> value}, computed by the database. */
    protected final void atomic(ScalarField field, FieldWrite.Op op, Object value) {
        if (value == null) {
            throw new RefractValidationException(model.name(), field.name(), "Atomic number operations need a number");
        }
        scalars.put(field, new FieldWrite.Atomic(op, value));
    }

    /** The nested writes on one relation field (replacing earlier ones on the same field). */
    protected final void nested(RelationField relation, List<NestedWrite> writes) {
        relations.put(relation, List.copyOf(writes));
    }

    /** The data of an update: what was set, nothing required. */
    public final WriteData toUpdate() {
        return new WriteData(model, scalars, relations);
    }

    /**
     * The data of a create, after checking that every required field without a default is set, or
     * filled in through a relation written in the same data, or {@code provided} by the parent of a
     * nested create (its foreign key).
     */
    public final WriteData toCreate(Set<ScalarField> provided) {
        for (ScalarField f : model.scalarFields()) {
            boolean covered = scalars.containsKey(f) || provided.contains(f) || f.defaultValue().isPresent()
                    || f.isUpdatedAt() || f.isIgnored() || f.isUnsupported() || !f.isRequired()
                    || relations.keySet().stream().anyMatch(r -> r.isReferencing() && r.fields().contains(f));
            if (!covered) {
                throw new RefractValidationException(model.name(), f.name(), "Argument `" + f.name() + "` is missing.");
            }
        }
        return new WriteData(model, scalars, relations);
    }
}
