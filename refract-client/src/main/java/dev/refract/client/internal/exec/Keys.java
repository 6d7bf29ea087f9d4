package dev.refract.client.internal.exec;

import dev.refract.client.query.Filter;
import dev.refract.client.query.RelationCondition;
import dev.refract.client.query.ScalarOp;
import dev.refract.dialect.sql.Expr;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's identity during writes: its primary key values by field, as filters for the read path
 * and as conditions for UPDATE and DELETE (unqualified columns).
 */
public final class Keys {
    private Keys() {
    }

    public static List<ScalarField> primaryKey(Model model) {
        List<ScalarField> pk = model.primaryKeyFields();
        if (pk.isEmpty()) {
            throw new IllegalStateException(model.name() + " has no id");
        }
        return pk;
    }

    /** The key fields' values from a row of {@code fields}. */
    public static Map<ScalarField, Object> of(List<ScalarField> fields, Object[] row) {
        Map<ScalarField, Object> key = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            key.put(fields.get(i), row[i]);
        }
        return key;
    }

    public static Filter filter(Map<ScalarField, Object> key) {
        List<Filter> parts = new ArrayList<>();
        key.forEach((f, v) -> parts.add(new Filter.ScalarFilter(f, ScalarOp.EQUALS, v, false)));
        return new Filter.And(parts);
    }

    public static Filter filter(List<Map<ScalarField, Object>> keys) {
        List<Filter> any = new ArrayList<>();
        for (Map<ScalarField, Object> key : keys) {
            any.add(filter(key));
        }
        return new Filter.Or(any);
    }

    /** The records related through {@code field} to the record {@code key} of the field's model. */
    static Filter relatedTo(RelationField field, Map<ScalarField, Object> key) {
        RelationField back = field.opposite();
        if (!field.relation().isManyToMany() && !field.isReferencing() && key.keySet().containsAll(back.references())) {
            // the related records hold the key's values in their foreign key: a test of their own columns
            List<Filter> parts = new ArrayList<>();
            for (int i = 0; i < back.fields().size(); i++) {
                parts.add(new Filter.ScalarFilter(back.fields().get(i), ScalarOp.EQUALS, key.get(back.references().get(i)), false));
            }
            return new Filter.And(parts);
        }
        return new Filter.RelationFilter(back, back.isList() ? RelationCondition.SOME : RelationCondition.IS, filter(key));
    }

    /** Whether {@code where} holds an equality on every field of one of the model's unique criteria (so finds at most one record). */
    public static boolean pinsOne(Model model, Filter where) {
        java.util.Set<ScalarField> pinned = dev.refract.client.internal.plan.Pins.of(where).keySet();
        for (List<ScalarField> criterion : model.uniqueCriteria()) {
            if (!criterion.isEmpty() && pinned.containsAll(criterion)) {
                return true;
            }
        }
        return false;
    }

    static Filter and(Filter a, Filter b) {
        return b == null ? a : new Filter.And(List.of(a, b));
    }

    /** {@code pk = ?} (AND for compound keys), unqualified for UPDATE and DELETE. */
    static Expr where(Map<ScalarField, Object> key) {
        List<Expr> parts = new ArrayList<>();
        key.forEach((f, v) -> parts.add(Expr.eq(Expr.column(null, f.databaseName()), Expr.param(v))));
        return Expr.and(parts);
    }

    /** Any of the keys: {@code pk IN (...)}, or an OR of conditions for compound keys. */
    static Expr whereAny(List<Map<ScalarField, Object>> keys) {
        if (!keys.isEmpty() && keys.get(0).size() == 1) {
            ScalarField f = keys.get(0).keySet().iterator().next();
            return new Expr.In(Expr.column(null, f.databaseName()), keys.stream().map(k -> (Expr) Expr.param(k.get(f))).toList(), false);
        }
        return new Expr.Or(keys.stream().map(Keys::where).toList());
    }

    /** Whether the filter only tests the model's own columns (no relation filters). */
    public static boolean isFlat(Filter filter) {
        if (filter instanceof Filter.And a) {
            return a.filters().stream().allMatch(Keys::isFlat);
        }
        if (filter instanceof Filter.Or o) {
            return o.filters().stream().allMatch(Keys::isFlat);
        }
        if (filter instanceof Filter.Not n) {
            return n.filters().stream().allMatch(Keys::isFlat);
        }
        return filter instanceof Filter.ScalarFilter || filter instanceof Filter.JsonFilter;
    }
}
