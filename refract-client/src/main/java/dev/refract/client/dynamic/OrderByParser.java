package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.client.query.Aggregation;
import dev.refract.client.query.OrderBy;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prisma's {@code orderBy}: an object or a list of objects with one key each. For reads: scalar
 * fields ({@code 'asc'} or {@code {sort, nulls}}), single relations with a nested object of one key
 * (fields of the related record, deeper relations), list relations with {@code {_count: 'asc'}}.
 * For groupBy: scalar fields and aggregates ({@code {_sum: {views: 'desc'}}}).
 */
final class OrderByParser {
    private OrderByParser() {
    }

    static List<OrderBy> parse(Model model, Object value, String path, boolean groupBy) {
        List<OrderBy> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<?> items = Args.list(value);
        for (int i = 0; i < items.size(); i++) {
            String at = value instanceof List ? path + "." + i : path;
            Map<String, Object> item = Args.map(model, items.get(i), at);
            if (item.size() != 1) {
                throw new RefractValidationException(model.name(), at, "Each orderBy object must have exactly one key; use a list for several");
            }
            Map.Entry<String, Object> e = item.entrySet().iterator().next();
            Aggregation.Op op = groupBy ? Aggregation.Op.byKey(e.getKey()) : null;
            if (op != null) {
                aggregates(model, op, e.getValue(), at + "." + e.getKey(), out);
            } else {
                out.add(key(model, List.of(), e.getKey(), e.getValue(), at + "." + e.getKey(), groupBy));
            }
        }
        return out;
    }

    private static void aggregates(Model model, Aggregation.Op op, Object value, String at, List<OrderBy> out) {
        Map<String, Object> fields = Args.map(model, value, at);
        if (fields.isEmpty()) {
            throw new RefractValidationException(model.name(), at, "Expected one field to order by " + op.key());
        }
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            String fieldAt = at + "." + f.getKey();
            ScalarField field = AggregateParser.aggregatable(model, op, f.getKey(), fieldAt);
            out.add(OrderBy.aggregate(op, field, descending(model, f.getValue(), fieldAt)));
        }
    }

    private static OrderBy key(Model model, List<RelationField> path, String name, Object value, String at, boolean groupBy) {
        Field field = model.field(name).filter(f -> !f.isIgnored()).orElseThrow(() -> QueryParser.unknownField(model, name, at));
        if (field instanceof ScalarField scalar) {
            return scalar(model, path, scalar, value, at);
        }
        RelationField relation = (RelationField) field;
        if (groupBy) {
            throw new RefractValidationException(model.name(), at, "groupBy orders by the by-fields and aggregates, not by the relation `" + name + "`");
        }
        Map<String, Object> nested = Args.map(model, value, at);
        List<RelationField> longer = new ArrayList<>(path);
        longer.add(relation);
        if (relation.isList()) {
            Args.onlyKnown(model, nested, Set.of("_count"), at, "orderBy of the list relation `" + name + "`");
            if (nested.size() != 1) {
                throw new RefractValidationException(model.name(), at, "Expected {_count: 'asc' | 'desc'} to order by the list relation `" + name + "`");
            }
            return OrderBy.relationCount(path, relation, descending(model, nested.get("_count"), at + "._count"));
        }
        if (nested.size() != 1) {
            throw new RefractValidationException(model.name(), at, "Argument `" + name + "` of type " + relation.relatedModelName()
                    + "OrderByWithRelationInput needs exactly one argument, but you provided " + (nested.isEmpty() ? "none"
                            : String.join(" and ", nested.keySet())) + ". Please choose one.");
        }
        Map.Entry<String, Object> e = nested.entrySet().iterator().next();
        return key(relation.relatedModel(), longer, e.getKey(), e.getValue(), at + "." + e.getKey(), false);
    }

    private static OrderBy scalar(Model model, List<RelationField> path, ScalarField field, Object sort, String at) {
        OrderBy.Nulls nulls = OrderBy.Nulls.DEFAULT;
        if (sort instanceof Map<?, ?>) {
            Map<String, Object> m = Args.map(model, sort, at);
            Args.onlyKnown(model, m, Set.of("sort", "nulls"), at, "orderBy");
            Object n = m.get("nulls");
            if (n != null) {
                if (!"first".equals(n) && !"last".equals(n)) {
                    throw new RefractValidationException(model.name(), at + ".nulls", "Expected \"first\" or \"last\", provided " + n);
                }
                if (field.isRequired()) {
                    throw new RefractValidationException(model.name(), at + ".nulls", "nulls applies to optional fields; `" + field.name() + "` is required");
                }
                nulls = "first".equals(n) ? OrderBy.Nulls.FIRST : OrderBy.Nulls.LAST;
            }
            sort = m.get("sort");
        }
        return new OrderBy(path, field, descending(model, sort, at), nulls);
    }

    private static boolean descending(Model model, Object sort, String at) {
        if (!"asc".equals(sort) && !"desc".equals(sort)) {
            throw new RefractValidationException(model.name(), at, "Invalid value for sort order: expected \"asc\" or \"desc\", provided " + sort);
        }
        return "desc".equals(sort);
    }
}
