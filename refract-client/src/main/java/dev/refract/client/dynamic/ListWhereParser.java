package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.schema.model.Schema;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Prisma's filter on a scalar list field: {@code {has, hasEvery, hasSome, isEmpty, equals}} (no
 * shorthand: a bare list is refused, as Prisma does). Values become bound arrays of the element type.
 */
final class ListWhereParser {
    private static final List<String> OPS = List.of("equals", "has", "hasEvery", "hasSome", "isEmpty");
    private final Schema schema;

    ListWhereParser(Schema schema) {
        this.schema = schema;
    }

    Filter parse(ScalarField field, Object value, String path) {
        if (!(value instanceof Map<?, ?>)) {
            throw new RefractValidationException(field.model().name(), path, "Invalid value for argument `" + field.name()
                    + "`: expected a list filter {" + String.join(", ", OPS) + "}");
        }
        Map<String, Object> ops = Args.map(field.model(), value, path);
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : ops.entrySet()) {
            String at = path + "." + e.getKey();
            Object v = e.getValue();
            switch (e.getKey()) {
                case "has" -> parts.add(new Filter.ScalarFilter(field, ScalarOp.HAS,
                        Values.list(schema, field, Collections.singletonList(v), at, true), false));
                case "hasEvery" -> parts.add(new Filter.ScalarFilter(field, ScalarOp.HAS_EVERY, Values.list(schema, field, v, at, false), false));
                case "hasSome" -> parts.add(new Filter.ScalarFilter(field, ScalarOp.HAS_SOME, Values.list(schema, field, v, at, false), false));
                case "isEmpty" -> {
                    if (!(v instanceof Boolean empty)) {
                        throw Values.wrongType(field, v, at, "Boolean");
                    }
                    parts.add(new Filter.ScalarFilter(field, empty ? ScalarOp.EQUALS : ScalarOp.NOT,
                            Values.array(schema, field, List.of()), false));
                }
                case "equals" -> parts.add(new Filter.ScalarFilter(field, ScalarOp.EQUALS,
                        v == null ? null : Values.list(schema, field, v, at, false), false));
                default -> throw new RefractValidationException(field.model().name(), at, "Unknown argument `" + e.getKey()
                        + "` for the list field `" + field.name() + "`. Available options: " + String.join(", ", OPS));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }
}
