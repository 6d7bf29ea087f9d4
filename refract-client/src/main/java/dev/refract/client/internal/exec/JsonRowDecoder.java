package dev.refract.client.internal.exec;

import dev.refract.client.internal.json.JsonCodec;
import dev.refract.client.internal.plan.JoinPlan;
import dev.refract.dialect.values.JdbcValues;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of a {@link JoinPlan} into Prisma-shaped records, exactly as the query-per-level
 * strategy shapes them: top-level scalars were read from their columns, related records come as JSON
 * arrays whose values the dialect's {@link JdbcValues#fromJson} turns into the same Java values a
 * column read gives. A relation's JSON may arrive as a JSON value or as JSON text (databases without
 * a JSON type pass nested aggregates on as strings).
 */
final class JsonRowDecoder {
    private final JdbcValues values;

    JsonRowDecoder(JdbcValues values) {
        this.values = values;
    }

    /** A top-level row: scalars and counts as read, relations as JSON text. */
    Map<String, Object> topLevel(Object[] row, JoinPlan.Shape shape) {
        Map<String, Object> record = new LinkedHashMap<>();
        int i = 0;
        for (ScalarField f : shape.scalars()) {
            record.put(f.name(), row[i++]);
        }
        for (int r = 0; r < shape.relations().size(); r++) {
            RelationField field = shape.relations().get(r);
            record.put(field.name(), related(row[i++], field, shape.children().get(r)));
        }
        if (!shape.counts().isEmpty()) {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (RelationField f : shape.counts()) {
                counts.put(f.name(), row[i++]);
            }
            record.put("_count", counts);
        }
        return record;
    }

    private Object related(Object json, RelationField field, JoinPlan.Shape shape) {
        Object value = json instanceof String text ? JsonText.parse(text) : json;
        if (!field.isList()) {
            return value == null ? null : nested((List<?>) value, shape);
        }
        List<Map<String, Object>> records = new ArrayList<>();
        if (value != null) {
            for (Object row : (List<?>) value) {
                records.add(nested((List<?>) (row instanceof String text ? JsonText.parse(text) : row), shape));
            }
        }
        return records;
    }

    private Map<String, Object> nested(List<?> row, JoinPlan.Shape shape) {
        Map<String, Object> record = new LinkedHashMap<>();
        int i = 0;
        for (ScalarField f : shape.scalars()) {
            Object value = values.fromJson(kind(f), row.get(i++));
            // Json fields read as plain Java values (Map, List...), as a column read gives them
            record.put(f.name(), value != null && kind(f) == ScalarKind.JSON ? JsonCodec.parse((String) value) : value);
        }
        for (int r = 0; r < shape.relations().size(); r++) {
            RelationField field = shape.relations().get(r);
            record.put(field.name(), related(row.get(i++), field, shape.children().get(r)));
        }
        if (!shape.counts().isEmpty()) {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (RelationField f : shape.counts()) {
                counts.put(f.name(), values.fromJson(ScalarKind.INT, row.get(i++)));
            }
            record.put("_count", counts);
        }
        return record;
    }

    private static ScalarKind kind(ScalarField field) {
        return field.type() instanceof FieldType.Scalar s ? s.kind() : null;
    }
}
